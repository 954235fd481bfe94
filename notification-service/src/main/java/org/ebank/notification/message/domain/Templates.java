package org.ebank.notification.message.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ebank.contracts.account.SecurityCodeRequested;
import org.ebank.contracts.corporate.ActivationCodeIssued;
import org.ebank.contracts.value.Channel;

/** How each kind of message reads: Chinese first, English second, amounts in 元 with thousands separators. */
public final class Templates {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    public Templates(ZoneId zone) {
        this.zone = zone;
    }

    public Text balanceChange(String lastFour, boolean credit, BigDecimal amount, BigDecimal balance, String counterparty,
                              Instant at) {
        String zh = "您尾号" + lastFour + "的账户于" + ZH.format(at.atZone(zone)) + (credit ? "转入" : "支出") + yuan(amount)
                + "元，余额" + yuan(balance) + "元" + (counterparty == null ? "" : "（" + counterparty + "）") + "。";
        String en = "Account ending " + lastFour + ": " + (credit ? "+" : "-") + yuan(amount) + " CNY on "
                + EN.format(at.atZone(zone)) + ", balance " + yuan(balance) + " CNY.";
        return new Text("动账通知", zh, en);
    }

    public Text transferResult(String status, boolean scheduled, String toName, String toMasked, BigDecimal amount,
                               BigDecimal fee, String reason) {
        String what = (scheduled ? "预约转账" : "转账") + "：向" + toName + "（" + toMasked + "）" + yuan(amount) + "元";
        String whatEn = (scheduled ? "Scheduled transfer" : "Transfer") + " of " + yuan(amount) + " CNY to " + toName;
        return switch (status) {
            case "COMPLETED", "SETTLED" -> new Text("转账成功", what + "，已成功" + (fee == null ? "" : "，手续费" + yuan(fee) + "元") + "。",
                    whatEn + " succeeded" + (fee == null ? "" : ", fee " + yuan(fee) + " CNY") + ".");
            case "PENDING_CLEARING" -> new Text("跨行转账已受理", what + "，已提交他行，请留意到账。",
                    whatEn + " was sent to the other bank.");
            case "RETURNED" -> new Text("转账被退回", what + "，被收款行退回，本金与手续费已退还。",
                    whatEn + " was returned by the other bank; amount and fee refunded.");
            default -> new Text("转账失败", what + "，未成功" + (reason == null ? "" : "（" + reason + "）") + "，资金未扣划。",
                    whatEn + " failed" + (reason == null ? "" : " (" + reason + ")") + "; no money moved.");
        };
    }

    /** A transfer's code; for a scheduled transfer it says so: the code sets up payments that will run without asking. */
    public Text otp(String code, BigDecimal amount, String toMasked, boolean schedule) {
        return schedule
                ? new Text("短信验证码", "验证码" + code + "，用于设置向" + toMasked + "的预约转账，每次" + yuan(amount)
                        + "元，将按预约自动执行，5分钟内有效，请勿告诉他人。",
                        "Code " + code + " sets up a scheduled transfer of " + yuan(amount) + " CNY each time to " + toMasked
                                + ", which will run by itself; valid 5 minutes. Never share it.")
                : new Text("短信验证码", "验证码" + code + "，用于向" + toMasked + "转账" + yuan(amount) + "元，5分钟内有效，请勿告诉他人。",
                        "Code " + code + " confirms your transfer of " + yuan(amount) + " CNY to " + toMasked
                                + "; valid 5 minutes. Never share it.");
    }

    /** A code proving the phone: to enrol in e-banking, or to sign in to mobile banking on a new device. */
    public Text securityCode(String code, SecurityCodeRequested.Purpose purpose, Channel channel) {
        boolean mobile = channel == Channel.MOBILE;
        return purpose == SecurityCodeRequested.Purpose.NEW_DEVICE
                ? new Text("新设备登录验证码", "验证码" + code + "，用于在新设备登录手机银行，5分钟内有效。如非本人操作，请勿提供并立即修改密码。",
                        "Code " + code + " signs in to mobile banking on a new device; valid 5 minutes. If this is not you, "
                                + "do not share it and change your password.")
                : new Text("开通验证码", "验证码" + code + "，用于开通" + (mobile ? "手机银行" : "网上银行") + "，5分钟内有效，请勿告诉他人。",
                        "Code " + code + " enrols you in " + (mobile ? "mobile banking" : "netbank") + "; valid 5 minutes. Never share it.");
    }

    public Text newDevice(Instant at) {
        return new Text("新设备登录提醒", "您的手机银行于" + ZH.format(at.atZone(zone)) + "在新设备登录。如非本人操作，请立即修改密码并致电银行。",
                "Your mobile banking was signed in from a new device on " + EN.format(at.atZone(zone))
                        + ". If this was not you, change your password and call the bank now.");
    }

    /** A wealth purchase placed or failed (理财申购). */
    public Text wealthOrder(String status, String productCode, BigDecimal amount, String reason) {
        return "PLACED".equals(status)
                ? new Text("理财申购成功", "您申购理财产品" + productCode + "共" + yuan(amount) + "元，已成功扣款。",
                        "Your purchase of " + yuan(amount) + " CNY in " + productCode + " went through.")
                : new Text("理财申购未成功", "您申购理财产品" + productCode + "共" + yuan(amount) + "元未成功"
                        + (reason == null ? "" : "（" + reason + "）") + "，资金未扣划。",
                        "Your purchase of " + yuan(amount) + " CNY in " + productCode + " failed" + (reason == null ? "" : " (" + reason + ")")
                                + "; no money moved.");
    }

    /** A bill paid (缴费成功), or refused by its biller with the money released (缴费未成功). */
    public Text billPayment(String status, String billerName, String customerNumberTail, BigDecimal amount, String reason) {
        if ("FAILED".equals(status)) {
            return new Text("缴费未成功", "您为" + billerName + "户号" + customerNumberTail + "缴费" + yuan(amount) + "元未成功（账户可用余额不足），未扣款。",
                    "Your payment of " + yuan(amount) + " CNY to " + billerName + " did not go through: not enough money on the card."
                            + " Nothing was taken.");
        }
        return "PAID".equals(status)
                ? new Text("缴费成功", "您为" + billerName + "户号" + customerNumberTail + "缴费" + yuan(amount) + "元，已缴费成功。",
                        "You paid " + yuan(amount) + " CNY to " + billerName + " for customer number " + customerNumberTail + ".")
                : new Text("缴费未成功", "您为" + billerName + "户号" + customerNumberTail + "缴费" + yuan(amount) + "元未成功"
                        + (reason == null ? "" : "（" + reason + "）") + "，冻结的款项已解冻，未扣款。",
                        "Your payment of " + yuan(amount) + " CNY to " + billerName + " was refused" + (reason == null ? "" : " (" + reason + ")")
                                + "; the money held for it is yours again.");
    }

    /**
     * A month's ETC tolls taken from the card ({@code PAID}), or refused for want of money: tried again at
     * {@code nextAttemptAt} ({@code REFUSED}), or no more ({@code UNPAID}, for want of money or, {@code reason}, because
     * the card could not be debited at all).
     */
    public Text etcDebit(String status, String month, String plate, int vehicles, int tolls, BigDecimal discount, BigDecimal amount,
                         Instant nextAttemptAt, String reason) {
        String what = month + "ETC通行费（" + (plate != null ? plate : vehicles + "辆车") + "，通行" + tolls + "次）" + yuan(amount) + "元";
        String whatEn = "ETC tolls of " + month + " (" + (plate != null ? plate : vehicles + " vehicles") + ", " + tolls + " passages), "
                + yuan(amount) + " CNY";
        return switch (status) {
            case "PAID" -> new Text("ETC通行费扣款成功", what + "已扣款" + (discount.signum() > 0 ? "，已享通行费折扣优惠" + yuan(discount) + "元" : "")
                    + "。", whatEn + ", were paid" + (discount.signum() > 0 ? " after a discount of " + yuan(discount) + " CNY" : "") + ".");
            case "REFUSED" -> new Text("ETC通行费扣款未成功", what + "因账户余额不足扣款未成功，将于" + ZH.format(nextAttemptAt.atZone(zone))
                    + "再次扣款，请及时存入足额资金。", whatEn + ": not paid, your balance is short. We try again on "
                    + EN.format(nextAttemptAt.atZone(zone)) + "; please pay in enough before then.");
            default -> "INSUFFICIENT_FUNDS".equals(reason)
                    ? new Text("ETC通行费未缴清", what + "多次扣款均未成功，通行费尚未缴清。请尽快存入资金并联系我行，以免影响ETC通行。",
                    whatEn + ": every attempt failed and the tolls are unpaid. Please pay in and call the bank, or your ETC may stop working.")
                    : new Text("ETC通行费未缴清", what + "扣款未成功（扣款卡状态异常），通行费尚未缴清。请联系我行处理，以免影响ETC通行。",
                    whatEn + ": the card could not be debited and the tolls are unpaid. Please call the bank, or your ETC may stop working.");
        };
    }

    /** Money back from a holding: redeemed (赎回) or matured (到期). */
    public Text holdingReturned(boolean matured, String productCode, BigDecimal amount, BigDecimal yield) {
        BigDecimal total = yield == null ? amount : amount.add(yield);
        return matured
                ? new Text("理财到期", "您持有的" + productCode + "已到期，本金" + yuan(amount) + "元及收益" + yuan(yield == null ? BigDecimal.ZERO : yield)
                        + "元共" + yuan(total) + "元已转入您的账户。", productCode + " matured: " + yuan(total) + " CNY (principal "
                        + yuan(amount) + ", yield " + yuan(yield == null ? BigDecimal.ZERO : yield) + ") is in your account.")
                : new Text("理财赎回成功", "您赎回" + productCode + "共" + yuan(total) + "元，已转入您的账户。",
                        "You redeemed " + yuan(total) + " CNY of " + productCode + "; it is in your account.");
    }

    /** To the enterprise's contact phone: someone now signs in to its corporate netbank. No name: only the role and the phone's end. */
    public Text operatorEnrolled(String role, String phone) {
        String last = phone == null || phone.length() < 4 ? "" : "，手机尾号" + phone.substring(phone.length() - 4);
        return new Text("企业网银新增操作员", "贵企业企业网银新增一名" + roleZh(role) + last + "。如非贵企业办理，请立即致电银行。",
                "A new " + roleEn(role) + " was enrolled in your corporate netbank. If your enterprise did not ask for it, call the bank now.");
    }

    /** To the enterprise's contact phone: a login was started over with a new activation code. */
    public Text operatorReset(String role, Instant at) {
        return new Text("企业网银登录重置", "贵企业企业网银" + roleZh(role) + "的登录已于" + ZH.format(at.atZone(zone))
                + "重置，需用新的激活码重新激活。如非贵企业申请，请立即致电银行。",
                "Your corporate netbank " + roleEn(role) + "'s login was reset on " + EN.format(at.atZone(zone))
                        + " and needs a new activation code. If your enterprise did not ask for it, call the bank now.");
    }

    /** To the operator's own phone: the code that lets them choose a password and bind their dynamic token. */
    public Text activationCode(String code, ActivationCodeIssued.Purpose purpose, String role, Instant expiresAt) {
        boolean reset = purpose == ActivationCodeIssued.Purpose.RESET;
        return new Text("企业网银激活码", (reset ? "您的企业网银" + roleZh(role) + "登录已重置，" : "您已开通企业网银" + roleZh(role) + "，")
                + "激活码" + code + "，" + ZH.format(expiresAt.atZone(zone)) + "前有效，用于设置密码并绑定动态令牌。请勿告诉他人，银行工作人员不会向您索要。",
                (reset ? "Your corporate netbank " + roleEn(role) + "'s login was reset. " : "You were enrolled in corporate netbank as " + roleEn(role) + ". ")
                        + "Activation code " + code + ", valid until " + EN.format(expiresAt.atZone(zone))
                        + ": use it to choose a password and bind your dynamic token. Never share it; the bank never asks for it.");
    }

    /** To a staff member's own phone: the code with which they choose their password. */
    public Text staffActivationCode(String code, boolean reset, Instant expiresAt) {
        return new Text("员工登录激活码", (reset ? "您的员工登录已重置，" : "您的员工登录已开通，") + "激活码" + code + "，"
                + ZH.format(expiresAt.atZone(zone)) + "前有效，用于设置登录密码。请勿告诉他人，包括系统管理员。",
                (reset ? "Your staff login was reset. " : "Your staff login is ready. ") + "Activation code " + code + ", valid until "
                        + EN.format(expiresAt.atZone(zone)) + ": use it to choose your password. Never share it, not even with an administrator.");
    }

    private static String roleZh(String role) {
        return switch (role) {
            case "ADMIN" -> "管理员";
            case "CHECKER" -> "复核员";
            default -> "经办员";
        };
    }

    private static String roleEn(String role) {
        return switch (role) {
            case "ADMIN" -> "administrator";
            case "CHECKER" -> "checker";
            default -> "maker";
        };
    }

    /**
     * To a checker (复核): a corporate payment waits for their approval in corporate netbank. No text a person typed (the
     * payee's name as the maker gave it) goes out under the bank's name: only the masked account and the amount.
     */
    public Text approvalRequest(String payeeMasked, BigDecimal amount, int requiredApprovals) {
        String payee = "代发".equals(payeeMasked) ? "代发" : "向" + payeeMasked + "付款";
        return new Text("企业网银待复核", "企业网银有一笔" + payee + yuan(amount) + "元待您复核，需" + requiredApprovals
                + "人复核。请登录企业网银处理，24小时内未复核将失效。",
                "A corporate payment of " + yuan(amount) + " CNY waits for your approval (" + requiredApprovals
                        + " needed); sign in to corporate netbank within 24 hours.");
    }

    /**
     * To the maker (经办): how the payment they entered ended. A checker's own words (a rejection's reason) stay in
     * corporate netbank; the ledger's and the clearing network's reasons are the bank's and are named.
     */
    public Text corporatePaymentResult(String status, String payeeMasked, BigDecimal amount, BigDecimal fee, String reason) {
        String what = yourPayment(payeeMasked, amount);
        String whatEn = "Your corporate payment of " + yuan(amount) + " CNY";
        // a rejection's reason is a checker's own words: it stays in corporate netbank
        boolean named = reason != null && !"REJECTED".equals(status);
        boolean funds = "INSUFFICIENT_FUNDS".equals(reason);
        String why = named ? "（" + (funds ? "余额不足" : reason) + "）" : "";
        String whyEn = named ? " (" + (funds ? "insufficient funds" : reason) + ")" : "";
        boolean charged = fee != null && fee.signum() > 0;
        String feeZh = charged ? "，手续费" + yuan(fee) + "元" : "";
        String feeEn = charged ? ", fee " + yuan(fee) + " CNY" : "";
        return switch (status) {
            case "COMPLETED" -> new Text("企业网银付款成功", what + "，已复核并付款成功" + feeZh + "。", whatEn + " was approved and paid" + feeEn + ".");
            case "PENDING_CLEARING" -> new Text("企业网银跨行付款已受理", what + "，已复核并提交他行" + feeZh + "，请留意到账。",
                    whatEn + " was approved and sent to the other bank" + feeEn + ".");
            case "RETURNED" -> new Text("企业网银跨行付款被退回", what + "，被收款行退回" + why + "，本金与手续费已退还付款账户。",
                    whatEn + " was returned by the other bank" + whyEn + "; amount and fee are back in the paying account.");
            case "REJECTED" -> new Text("企业网银付款被拒绝", what + "，复核人拒绝，资金未扣划，原因请登录企业网银查看。",
                    whatEn + " was rejected by a checker (see corporate netbank for why); no money moved.");
            case "EXPIRED" -> new Text("企业网银付款已失效", what + "，24小时内未获复核，已失效，资金未扣划。",
                    whatEn + " was not approved within 24 hours and has expired; no money moved.");
            case "WITHDRAWN" -> new Text("企业网银付款已撤回", what + "，因您的企业网银登录已重置而撤回，资金未扣划；如仍需付款，请重新经办。",
                    whatEn + " was withdrawn because your corporate netbank login was reset; no money moved. Enter it again if it is still due.");
            default -> new Text("企业网银付款未成功", what + "，付款未成功" + why + "，资金未扣划。", whatEn + " failed" + whyEn + "; no money moved.");
        };
    }

    /** To the maker: a checker who approved their payment was started over, so the approval no longer counts. */
    public Text approvalWithdrawn(String payeeMasked, BigDecimal amount, int approvals, int required) {
        return new Text("企业网银复核已撤销", yourPayment(payeeMasked, amount) + "，一位复核人的登录已重置，其复核已撤销，需重新复核（已复核" + approvals + "/" + required + "人）。",
                "A checker of your corporate payment of " + yuan(amount) + " CNY had their login reset: their approval no longer counts ("
                        + approvals + " of " + required + " approvals).");
    }

    /** A maker's corporate payment as their notices name it: 您经办的向尾号1234付款100.00元, or 您经办的代发…元. */
    private static String yourPayment(String payeeMasked, BigDecimal amount) {
        return "您经办的" + ("代发".equals(payeeMasked) ? "代发" : "向" + payeeMasked + "付款") + yuan(amount) + "元";
    }

    /** To the maker: a payroll or pension batch (代发) paid out. */
    public Text payrollDisbursed(String purpose, int paidRows, BigDecimal paid, int failedRows, BigDecimal returned) {
        String what = "PENSION".equals(purpose) ? "代发养老金" : "代发工资";
        String whatEn = "PENSION".equals(purpose) ? "Pension batch" : "Payroll batch";
        return new Text(what + "完成", what + "已完成：成功" + paidRows + "笔共" + yuan(paid) + "元" + (failedRows == 0 ? "。"
                : "，未成功" + failedRows + "笔共" + yuan(returned) + "元，已退回付款账户，请下载结果文件查看原因。"),
                whatEn + " paid: " + paidRows + " rows, " + yuan(paid) + " CNY" + (failedRows == 0 ? "."
                        : "; " + failedRows + " rows failed and " + yuan(returned) + " CNY went back to the paying account (see the result file)."));
    }

    static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.00").format(amount);
    }

    /** A rendered message: title, Chinese text, English text. */
    public record Text(String title, String zh, String en) {

        /** Never the text: a code may be in it. */
        @Override
        public String toString() {
            return "Text[" + title + "]";
        }
    }
}
