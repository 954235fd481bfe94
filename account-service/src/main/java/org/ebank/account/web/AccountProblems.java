package org.ebank.account.web;

import java.util.Arrays;
import org.ebank.contracts.ledger.LedgerRefusal;
import org.ebank.platform.docs.ProblemCatalog;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;

/** The refusals account-service reports, each with a stable type URI; the ledger's are those of its contract. */
public enum AccountProblems implements ProblemType {
    CUSTOMER_EXISTS("customer-exists", 409, "客户已存在", "Customer already exists"),
    INVALID_FIELD("invalid-request", 400, "请求参数不正确", "Invalid request"),
    INSUFFICIENT_FUNDS(LedgerRefusal.INSUFFICIENT_FUNDS.slug(), 422, "余额不足", "Insufficient funds"),
    UNKNOWN_ACCOUNT(LedgerRefusal.UNKNOWN_ACCOUNT.slug(), 422, "账户不存在", "Unknown account"),
    UNKNOWN_CUSTOMER("unknown-customer", 422, "客户不存在", "Unknown customer"),
    ACCOUNT_ID_REUSED("account-id-reused", 409, "账户编号已被占用", "Account id reused"),
    POSTING_ID_REUSED(LedgerRefusal.POSTING_ID_REUSED.slug(), 422, "记账编号重复", "Posting id reused"),
    ALREADY_ENROLLED("already-enrolled", 409, "已开通", "Already enrolled"),
    ENROLMENT_MISMATCH("enrolment-details-mismatch", 422, "信息不匹配", "Details do not match"),
    CODE_WRONG("code-wrong", 422, "验证码不正确", "Wrong code"),
    CODE_CLOSED("code-closed", 422, "验证码已失效", "Code no longer valid"),
    TOO_MANY_CODES("too-many-codes", 429, "验证码发送过于频繁", "Too many codes"),
    LOGIN_FAILED("login-failed", 401, "登录失败", "Sign-in failed"),
    LOGIN_LOCKED("login-locked", 423, "登录已锁定", "Sign-in locked"),
    NOT_ENROLLED("not-enrolled", 403, "未开通该渠道", "Not enrolled in this channel"),
    HOLD_UNAVAILABLE(LedgerRefusal.HOLD_UNAVAILABLE.slug(), 422, "冻结不可用", "Hold unavailable"),
    ALREADY_REVERSED(LedgerRefusal.ALREADY_REVERSED.slug(), 422, "已冲正", "Already reversed"),
    UNKNOWN_POSTING(LedgerRefusal.UNKNOWN_POSTING.slug(), 422, "记账不存在", "Unknown posting"),
    BRANCH_EXISTS("branch-exists", 409, "网点已存在", "Branch already exists"),
    STAFF_EXISTS("staff-exists", 409, "员工已存在", "Staff member already exists"),
    UNKNOWN_BRANCH("unknown-branch", 422, "网点不存在", "Unknown branch"),
    SECOND_ADMINISTRATOR_REQUIRED("second-administrator-required", 403, "须由另一名系统管理员确认", "A second administrator must confirm");

    private final String slug;
    private final int status;
    private final Text title;

    AccountProblems(String slug, int status, String zh, String en) {
        this.slug = slug;
        this.status = status;
        this.title = new Text(zh, en);
    }

    /** Every refusal as the API documents it. */
    public static ProblemCatalog catalog() {
        return ProblemCatalog.of(Arrays.stream(values()).map(p -> new ProblemCatalog.Entry(p, p.title)).toList());
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public Text title() {
        return title;
    }
}
