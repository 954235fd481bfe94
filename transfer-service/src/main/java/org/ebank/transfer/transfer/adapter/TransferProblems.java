package org.ebank.transfer.transfer.adapter;

import java.util.EnumMap;
import java.util.Map;
import org.ebank.platform.docs.ProblemCatalog;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;
import org.ebank.transfer.transfer.domain.Refusal;

/** How each refusal reads to the customer: a stable type, a status, and words in Chinese and English. */
public final class TransferProblems {

    private static final Map<Refusal, Problem> PROBLEMS = new EnumMap<>(Refusal.class);

    static {
        add(Refusal.UNKNOWN_ACCOUNT, "not-found", 404, "未找到", "Not found", "账户或报价不存在", "No such account or quote");
        add(Refusal.UNKNOWN_PAYEE, "unknown-payee", 422, "收款账户不存在", "Unknown payee",
                "本行没有这个收款卡号，请核对", "There is no card with this number at our bank: please check it");
        add(Refusal.SAME_ACCOUNT, "same-account", 422, "不能转给自己同一账户", "Same account",
                "付款账户与收款账户相同", "The payer and payee accounts are the same");
        add(Refusal.FEE_ACCOUNT_NOT_ALLOWED, "fee-account-not-allowed", 422, "手续费账户不可用", "Fee account not allowed",
                "手续费只能由您本人的卡支付", "The fee can only be paid from one of your own cards");
        add(Refusal.OVER_SINGLE_LIMIT, "over-single-limit", 422, "超过单笔限额", "Over the single-transfer limit",
                "金额超过本渠道单笔转账限额", "The amount is over this channel's single-transfer limit");
        add(Refusal.OVER_DAILY_LIMIT, "over-daily-limit", 422, "超过当日累计限额", "Over the daily limit",
                "今日累计转账金额将超过本渠道限额", "Today's transfers would go over this channel's daily limit");
        add(Refusal.QUOTE_EXPIRED, "quote-expired", 422, "报价已过期", "Quote expired",
                "报价已过期，请重新获取", "The quote has expired: please ask for a new one");
        add(Refusal.QUOTE_FOR_SCHEDULED, "quote-for-scheduled", 422, "预约报价不能立即执行", "Quote is for a scheduled transfer",
                "预约转账的报价只能由预约任务执行", "A scheduled transfer's quote is executed by its schedule only");
        add(Refusal.QUOTE_NOT_FOR_SCHEDULE, "quote-not-for-schedule", 422, "不是预约转账的报价", "Not a scheduled transfer's quote",
                "请以预约方式（scheduled: true）重新获取报价", "Ask for a quote with scheduled: true to set up a scheduled transfer");
        add(Refusal.QUOTE_CANCELLED, "quote-cancelled", 422, "报价已取消", "Quote cancelled",
                "该报价已取消，请重新获取", "This quote was cancelled: please ask for a new one");
        add(Refusal.QUOTE_SUPERSEDED, "quote-superseded", 422, "报价已被新的报价取代", "Quote superseded",
                "您之后获取的报价已占用本笔的免费次数，请使用最新的报价或重新获取",
                "A newer quote of yours took the free use this quote relied on: use the newest quote or ask again");
        add(Refusal.QUOTE_USED, "quote-used", 409, "报价已使用", "Quote already used",
                "该报价已确认，不能取消或再次使用", "This quote was confirmed: it cannot be cancelled or used again");
        add(Refusal.CHANNEL_NOT_ALLOWED, "channel-not-allowed", 403, "渠道不支持", "Channel not allowed",
                "请通过手机银行或网上银行办理", "Please use mobile banking or netbank");
        add(Refusal.OTP_REQUIRED, "otp-required", 422, "需要短信验证码", "OTP required",
                "请先获取并输入短信验证码", "Request the SMS code and enter it");
        add(Refusal.OTP_WRONG, "otp-wrong", 422, "验证码错误", "Wrong OTP", "短信验证码错误", "The SMS code is wrong");
        add(Refusal.OTP_EXPIRED, "otp-expired", 422, "验证码已过期", "OTP expired",
                "短信验证码已过期，请重新获取", "The SMS code has expired: request a new one");
        add(Refusal.OTP_EXHAUSTED, "otp-exhausted", 422, "验证码错误次数过多", "Too many wrong OTPs",
                "验证码错误次数过多，本笔转账已终止，请重新发起", "Too many wrong codes: this transfer is stopped, please start again");
        add(Refusal.INSUFFICIENT_FUNDS, "insufficient-funds", 422, "余额不足", "Insufficient funds",
                "账户可用余额不足", "The account's available balance is not enough");
        add(Refusal.NOTHING_TO_WAIVE, "nothing-to-waive", 422, "无可退还的手续费", "Nothing to waive",
                "该笔转账没有已收取的手续费", "This transfer has no fee charged that could be given back");
        add(Refusal.CLEARING_PENDING, "clearing-pending", 422, "跨行清算尚未完成", "Still clearing",
                "跨行转账清算完成后才能退还手续费", "The fee can be given back once the interbank transfer has settled");
    }

    private TransferProblems() {
    }

    /** Every refusal as the API documents it. */
    public static ProblemCatalog catalog() {
        return ProblemCatalog.of(PROBLEMS.values().stream().map(p -> new ProblemCatalog.Entry(p.type(), p.detail())).toList());
    }

    public static ApiException of(Refusal refusal, Map<String, Object> details) {
        Problem problem = PROBLEMS.get(refusal);
        return new ApiException(problem.type(), problem.detail(), details);
    }

    private static void add(Refusal refusal, String slug, int status, String titleZh, String titleEn, String zh, String en) {
        PROBLEMS.put(refusal, new Problem(ProblemType.of(slug, status, titleZh, titleEn), new Text(zh, en)));
    }

    private record Problem(ProblemType type, Text detail) {
    }
}
