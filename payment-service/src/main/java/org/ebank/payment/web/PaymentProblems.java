package org.ebank.payment.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.ebank.payment.biller.domain.Bill;
import org.ebank.payment.kernel.domain.Refusal;
import org.ebank.platform.docs.ProblemCatalog;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;

/** How each refusal of a bill's look-up or payment, a vehicle's binding or a toll statement reads to the caller. */
public final class PaymentProblems {

    private static final Map<Refusal.Reason, ProblemCatalog.Entry> PROBLEMS = new EnumMap<>(Refusal.Reason.class);

    static {
        put(Refusal.Reason.UNKNOWN_BILLER, "unknown-biller", 404, "缴费单位不存在", "No such biller");
        put(Refusal.Reason.UNKNOWN_BILL, "unknown-bill", 404, "缴费单位查无此户号", "The biller knows no such customer number");
        put(Refusal.Reason.UNKNOWN_ACCOUNT, "not-found", 404, "账户不存在", "No such account");
        put(Refusal.Reason.BILL_ALREADY_PAID, "bill-already-paid", 422, "该账单已缴清", "This bill is paid already");
        put(Refusal.Reason.BILL_PAYMENT_UNDER_WAY, "bill-payment-under-way", 409, "该账单已有一笔缴费正在处理，请稍后查看缴费记录",
                "A payment of this bill is under way: see your bill payments shortly");
        put(Refusal.Reason.AMOUNT_NOT_THE_BILLS, "amount-not-the-bills", 422, "缴费金额须与账单应缴金额一致",
                "The amount must be the bill's amount due");
        put(Refusal.Reason.INSUFFICIENT_FUNDS, "insufficient-funds", 422, "账户可用余额不足", "Insufficient funds");
        put(Refusal.Reason.PLATE_ALREADY_BOUND, "plate-already-bound", 409, "该车牌已绑定ETC扣款卡",
                "This number plate is bound to a card already");
        put(Refusal.Reason.CARD_HAS_VEHICLE, "card-has-vehicle", 409, "每张个人卡只能绑定一辆车，企业车队请通过企业网银办理",
                "A personal card pays for one vehicle; an enterprise binds its fleet through corporate netbank");
        put(Refusal.Reason.STATEMENT_CONFLICT, "statement-conflict", 409, "该对账单编号已提交过不同的内容",
                "A statement of this id was sent before with different content");
        put(Refusal.Reason.TOLLS_ALREADY_REPORTED, "tolls-already-reported", 409, "对账单中有通行记录已在此前的对账单中扣款",
                "Some passages of this statement were in an earlier statement");
    }

    private PaymentProblems() {
    }

    public static ApiException of(Refusal refusal) {
        ProblemCatalog.Entry problem = PROBLEMS.get(refusal.reason());
        return new ApiException(problem.type(), problem.detail(), refusal.details());
    }

    /** A biller's customer number is 6 to 20 digits: anything else is a 400 naming the field. */
    public static void checkCustomerNumber(String customerNumber) {
        if (customerNumber == null || !customerNumber.matches(Bill.CUSTOMER_NUMBER)) {
            throw ApiException.invalidField("customerNumber", new Text("户号为 6 至 20 位数字", "A customer number is 6 to 20 digits"));
        }
    }

    /** Every refusal as the API documents it. */
    public static ProblemCatalog catalog() {
        return ProblemCatalog.of(new ArrayList<>(PROBLEMS.values()));
    }

    private static void put(Refusal.Reason reason, String slug, int status, String zh, String en) {
        PROBLEMS.put(reason, ProblemCatalog.entry(ProblemType.of(slug, status, zh, en), zh, en));
    }
}
