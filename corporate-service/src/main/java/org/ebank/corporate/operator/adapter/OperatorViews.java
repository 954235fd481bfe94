package org.ebank.corporate.operator.adapter;

import java.time.Instant;
import java.util.Map;
import org.ebank.corporate.operator.application.OperatorOutcome;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.web.CorporateProblems;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;

/** How the operator endpoints answer: the views, and each refusal as its problem. */
final class OperatorViews {

    private OperatorViews() {
    }

    /** An operator as their administrator sees them: never a hash, a code or a secret; the phone masked (none for one enrolled before phones were asked). */
    record OperatorView(String operatorId, String enterpriseId, String loginName, String name, String phoneMasked,
                        String role, String status, Instant enrolledAt) {

        static OperatorView of(Operator operator) {
            return new OperatorView(operator.id(), operator.enterpriseId(), operator.loginName(), operator.name(),
                    operator.phoneMasked(), operator.role().name(), operator.status().name(), operator.enrolledAt());
        }
    }

    /**
     * Just enrolled or started over: the activation code went by SMS to the operator's own phone ({@code activationSentTo},
     * masked), never to whoever asked for it; good until {@code activationExpiresAt}.
     */
    record EnrolledView(String operatorId, String enterpriseId, String loginName, String role, String status, String activationSentTo,
                        Instant activationExpiresAt) {
    }

    static EnrolledView enrolled(OperatorOutcome outcome) {
        if (outcome instanceof OperatorOutcome.UnknownEnterprise unknown) {
            throw CorporateProblems.unknownEnterprise(unknown.enterpriseId());
        }
        if (outcome instanceof OperatorOutcome.UnknownOperator unknown) {
            throw new ApiException(org.ebank.platform.problem.CommonProblems.NOT_FOUND, new Text("操作员不存在", "No such operator"),
                    Map.of("operatorId", unknown.operatorId()));
        }
        if (outcome instanceof OperatorOutcome.NoSettlementAccount none) {
            throw new ApiException(CorporateProblems.NO_SETTLEMENT_ACCOUNT, new Text("企业尚无单位结算账户，请先开立结算账户再开通企业网银",
                    "The enterprise holds no settlement account: open one before enrolling it in corporate netbank"),
                    Map.of("enterpriseId", none.enterpriseId()));
        }
        if (outcome instanceof OperatorOutcome.Taken taken) {
            throw new ApiException(CorporateProblems.OPERATOR_EXISTS, switch (taken.what()) {
                case "administrator" -> new Text("该企业已有管理员", "The enterprise has its administrator already");
                case "phone" -> new Text("该手机号已是本企业另一名操作员的：每名操作员用本人的手机号",
                        "Another operator of the enterprise has this phone: each operator gives their own");
                default -> new Text("该企业已有此登录名的操作员", "The enterprise has an operator of this login name already");
            }, Map.of("field", taken.what()));
        }
        if (outcome instanceof OperatorOutcome.CodeRefused refused) {
            throw TokenCodes.refused(refused.check());
        }
        if (outcome instanceof OperatorOutcome.NoPhone noPhone) {
            throw new ApiException(CorporateProblems.NO_PHONE, new Text("该操作员未登记手机号，无法发送激活码：请重新登记一名操作员",
                    "The operator has no phone on record to send an activation code to: enrol a new operator instead"),
                    Map.of("operatorId", noPhone.operatorId()));
        }
        Operator operator = ((OperatorOutcome.Enrolled) outcome).operator();
        return new EnrolledView(operator.id(), operator.enterpriseId(), operator.loginName(), operator.role().name(),
                operator.status().name(), operator.phoneMasked(), operator.activationExpiresAt());
    }

    /** A refusal of credentials, as its problem; anything else is the caller's to read. */
    static <T extends OperatorOutcome> T accepted(OperatorOutcome outcome, Class<T> expected) {
        if (outcome instanceof OperatorOutcome.Locked locked) {
            throw new ApiException(CorporateProblems.LOGIN_LOCKED, new Text("连续错误次数过多，登录已锁定，请稍后再试",
                    "Too many failures in a row: sign-in is locked for now"), Map.of("lockedUntil", locked.until().toString()));
        }
        if (outcome instanceof OperatorOutcome.CodeUsed) {
            throw new ApiException(CorporateProblems.CODE_USED, new Text("该动态口令已使用，请等待令牌显示下一个口令",
                    "This code was used already: wait for the token's next one"));
        }
        if (outcome instanceof OperatorOutcome.Refused) {
            throw new ApiException(CorporateProblems.LOGIN_FAILED, new Text("企业代码、登录名、密码、激活码或动态口令不正确（连续5次错误将锁定30分钟）",
                    "Wrong credit code, login name, password, activation code or token code (five in a row lock sign-in for 30 minutes)"));
        }
        return expected.cast(outcome);
    }
}
