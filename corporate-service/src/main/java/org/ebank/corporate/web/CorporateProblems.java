package org.ebank.corporate.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ebank.platform.docs.ProblemCatalog;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;

/** The refusals corporate-service reports, each with a stable type URI, and the 400 that names a bad field. */
public final class CorporateProblems {

    public static final ProblemType ENTERPRISE_EXISTS = ProblemType.of("enterprise-exists", 409, "企业已登记", "Enterprise already registered");
    public static final ProblemType UNKNOWN_ENTERPRISE = ProblemType.of("unknown-enterprise", 404, "企业不存在", "No such enterprise");
    public static final ProblemType NO_SETTLEMENT_ACCOUNT = ProblemType.of("no-settlement-account", 422, "企业尚无结算账户",
            "No settlement account");
    public static final ProblemType OPERATOR_EXISTS = ProblemType.of("operator-exists", 409, "操作员已存在", "Operator exists");
    public static final ProblemType NO_PHONE = ProblemType.of("no-phone-on-record", 422, "操作员未登记手机号", "No phone on record");
    public static final ProblemType SECOND_STAFF_REQUIRED = ProblemType.of("second-staff-required", 403, "须由本网点另一名员工复核",
            "A second staff member of the branch must confirm");
    public static final ProblemType REQUEST_PENDING = ProblemType.of("request-pending", 409, "已有待复核的申请", "A request is waiting already");
    public static final ProblemType LOGIN_FAILED = ProblemType.of("login-failed", 401, "登录失败", "Sign-in failed");
    public static final ProblemType CODE_USED = ProblemType.of("code-used", 401, "动态口令已使用", "Code already used");
    public static final ProblemType LOGIN_LOCKED = ProblemType.of("login-locked", 423, "登录已锁定", "Sign-in locked");
    public static final ProblemType UNKNOWN_PAYEE = ProblemType.of("unknown-payee", 422, "收款账户不存在", "Unknown payee");
    public static final ProblemType PAYMENT_EXPIRED = ProblemType.of("payment-expired", 422, "付款已过期", "Payment expired");
    public static final ProblemType PAYMENT_CLOSED = ProblemType.of("payment-closed", 409, "付款不在待处理状态", "Payment not pending");
    public static final ProblemType OWN_PAYMENT = ProblemType.of("own-payment", 403, "不能复核本人经办的付款", "Own payment");
    public static final ProblemType ALREADY_APPROVED = ProblemType.of("already-approved", 409, "您已复核过该付款", "Already approved");
    public static final ProblemType TOKEN_CODE_WRONG = ProblemType.of("token-code-wrong", 422, "动态口令不正确", "Wrong token code");
    public static final ProblemType TOKEN_CODE_USED = ProblemType.of("token-code-used", 422, "动态口令已使用", "Token code used");
    public static final ProblemType PAYROLL_DAILY_LIMIT = ProblemType.of("payroll-daily-limit", 429, "今日代发校验行数已达上限",
            "Daily payroll rows reached");
    public static final ProblemType ACCOUNT_POOLED = ProblemType.of("account-pooled", 409, "账户已在资金归集结构中", "Account pooled");
    public static final ProblemType BATCH_EMPTY = ProblemType.of("batch-empty", 422, "批次无可付款的行", "Nothing to pay in the batch");

    private CorporateProblems() {
    }

    /** Every refusal as the API documents it. */
    public static ProblemCatalog catalog() {
        return ProblemCatalog.of(List.of(
                ProblemCatalog.entry(ENTERPRISE_EXISTS, "该统一社会信用代码的企业已登记", "An enterprise with this unified social credit code is registered"),
                ProblemCatalog.entry(UNKNOWN_ENTERPRISE, "企业不存在", "No such enterprise"),
                ProblemCatalog.entry(NO_SETTLEMENT_ACCOUNT, "企业尚无单位结算账户：先开立结算账户，再开通企业网银",
                        "The enterprise holds no settlement account: open one first"),
                ProblemCatalog.entry(OPERATOR_EXISTS, "该企业已有管理员，或已有该登录名或该手机号的操作员",
                        "The enterprise has its administrator, or an operator of this login name or this phone"),
                ProblemCatalog.entry(NO_PHONE, "激活码只发送到操作员本人登记的手机号；该操作员登记时未留手机号，请重新登记",
                        "Activation codes go only to the operator's own phone on record; this one has none: enrol them anew"),
                ProblemCatalog.entry(SECOND_STAFF_REQUIRED, "开通或重置企业管理员须由本网点另一名员工复核，且二人之一为网点负责人",
                        "Enrolling or resetting an administrator needs a second staff member of the branch, one of the two its manager"),
                ProblemCatalog.entry(REQUEST_PENDING, "该企业已有一项待复核的同类申请", "A request of this kind for the enterprise waits already"),
                ProblemCatalog.entry(LOGIN_FAILED, "企业代码、登录名、密码或动态口令不正确", "Wrong credit code, login name, password or code"),
                ProblemCatalog.entry(CODE_USED, "该动态口令已使用，请等待令牌显示下一个口令", "This code was used already: wait for the next one"),
                ProblemCatalog.entry(LOGIN_LOCKED, "连续5次错误，登录已锁定30分钟", "Five failures in a row lock sign-in for 30 minutes"),
                ProblemCatalog.entry(UNKNOWN_PAYEE, "收款账号不是本行账户", "The payee's number is no account of this bank's"),
                ProblemCatalog.entry(PAYMENT_EXPIRED, "付款已过有效期（报价10分钟，待复核24小时）", "The quote (10 minutes) or the approval window (24 hours) has passed"),
                ProblemCatalog.entry(PAYMENT_CLOSED, "该付款已不在待提交或待复核状态", "The payment is no longer awaiting submission or approval"),
                ProblemCatalog.entry(OWN_PAYMENT, "经办人不能复核本人经办的付款", "A maker never approves or rejects their own payment"),
                ProblemCatalog.entry(ALREADY_APPROVED, "您已复核过该付款，需另一位复核人", "You approved it already: it needs another checker"),
                ProblemCatalog.entry(TOKEN_CODE_WRONG, "动态口令不正确（连续5次错误将锁定30分钟）", "Wrong token code (five in a row lock sign-in for 30 minutes)"),
                ProblemCatalog.entry(TOKEN_CODE_USED, "该动态口令已使用，请等待下一个口令", "This token code was used already: wait for the next one"),
                ProblemCatalog.entry(PAYROLL_DAILY_LIMIT, "本企业今日上传校验的代发行数已达上限，请明日再试或联系开户行",
                        "Your enterprise has had as many payroll rows checked today as a day allows: try tomorrow, or call your branch"),
                ProblemCatalog.entry(ACCOUNT_POOLED, "该账户已是一个资金归集结构的主账户或子账户", "The account is a cash pool's master or member already"),
                ProblemCatalog.entry(BATCH_EMPTY, "批次中没有通过校验的行，无可提交", "No row of the batch passed the checks: nothing to submit")));
    }

    /** A value the domain refuses, as a 400 that names its field in both languages. */
    public static <T> T field(String field, Supplier<T> value, Text whenInvalid) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, whenInvalid,
                    Map.of("errors", List.of(Map.of("field", field, "message", whenInvalid.en()))));
        }
    }

    /** An id in a request (a path's, a query's): 1 to 64 letters, digits, '_' or '-', else a 400 naming the field. */
    public static void id(String field, String value) {
        field(field, () -> {
            if (value == null || !value.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new IllegalArgumentException("an id");
            }
            return value;
        }, new Text("编号为1到64位字母、数字、'_'或'-'", "An id has 1 to 64 letters, digits, '_' or '-'"));
    }

    public static ApiException unknownEnterprise(String enterpriseId) {
        return new ApiException(UNKNOWN_ENTERPRISE, new Text("企业不存在", "No such enterprise"), Map.of("enterpriseId", enterpriseId));
    }
}
