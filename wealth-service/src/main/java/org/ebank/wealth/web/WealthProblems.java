package org.ebank.wealth.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ebank.platform.docs.ProblemCatalog;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.ProblemType;
import org.ebank.wealth.kernel.domain.Outcome;
import org.ebank.wealth.kernel.domain.Refusal;

/** How each refusal of a purchase or a redemption reads to the customer. */
public final class WealthProblems {

    public static final ProblemType PRODUCT_EXISTS = ProblemType.of("product-exists", 409, "产品代码已存在", "Product code exists");

    private static final Map<Refusal.Reason, ProblemCatalog.Entry> PROBLEMS = new EnumMap<>(Refusal.Reason.class);

    static {
        put(Refusal.Reason.UNKNOWN_PRODUCT, "not-found", 404, "产品不存在", "No such product");
        put(Refusal.Reason.UNKNOWN_ACCOUNT, "not-found", 404, "账户不存在", "No such account");
        put(Refusal.Reason.CHANNEL_NOT_ALLOWED, "channel-not-allowed", 422, "该产品不在此渠道销售", "This product is not sold through this channel");
        put(Refusal.Reason.NOT_ON_SALE, "not-on-sale", 422, "该产品当前不在销售时段", "This product is not on sale now");
        put(Refusal.Reason.BAD_AMOUNT, "bad-amount", 422, "金额须不低于起购金额且符合递增金额", "The amount must be at least the minimum and on its step");
        put(Refusal.Reason.NO_ASSESSMENT, "risk-assessment-required", 422, "请先完成风险评估", "Take the risk assessment first");
        put(Refusal.Reason.ASSESSMENT_EXPIRED, "risk-assessment-expired", 422, "风险评估已过期，请重新评估", "Your risk assessment has expired");
        put(Refusal.Reason.RISK_TOO_HIGH, "risk-too-high", 422, "产品风险等级高于您的风险承受能力", "The product's risk is above your risk level");
        put(Refusal.Reason.SENIOR_CONFIRMATION_REQUIRED, "senior-confirmation-required", 422,
                "65岁及以上客户购买R2以上产品须本人确认", "Customers aged 65+ confirm products above R2 explicitly");
        put(Refusal.Reason.SOLD_OUT, "sold-out", 409, "产品额度已售完", "Sold out");
        put(Refusal.Reason.INSUFFICIENT_FUNDS, "insufficient-funds", 422, "账户可用余额不足", "Insufficient funds");
        put(Refusal.Reason.FIXED_TERM, "fixed-term", 422, "定期产品到期自动兑付，不可提前赎回",
                "A fixed-term product pays out at maturity and cannot be redeemed before");
        put(Refusal.Reason.NOT_ENOUGH_HELD, "not-enough-held", 422, "赎回金额超过持有份额", "More than the holding has left");
    }

    private WealthProblems() {
    }

    /** The result of an outcome, or its refusal thrown as the problem the customer reads. */
    public static <T> T valueOf(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Refused<T> refused) {
            throw of(refused.refusal());
        }
        return ((Outcome.Ok<T>) outcome).value();
    }

    public static ApiException of(Refusal refusal) {
        ProblemCatalog.Entry problem = PROBLEMS.get(refusal.reason());
        return new ApiException(problem.type(), problem.detail(), refusal.details());
    }

    /** Every refusal as the API documents it. */
    public static ProblemCatalog catalog() {
        List<ProblemCatalog.Entry> all = new ArrayList<>(PROBLEMS.values());
        all.add(ProblemCatalog.entry(PRODUCT_EXISTS, "产品代码已存在", "A product with this code exists"));
        return ProblemCatalog.of(all);
    }

    private static void put(Refusal.Reason reason, String slug, int status, String zh, String en) {
        PROBLEMS.put(reason, ProblemCatalog.entry(ProblemType.of(slug, status, zh, en), zh, en));
    }
}
