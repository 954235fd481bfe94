package org.ebank.corporate.payment.application;

import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.corporate.operator.application.OperatorCodes;
import org.ebank.corporate.payment.domain.ApprovalRule;
import org.ebank.platform.audit.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * The administrator moves the line from which payments need two checkers, with their dynamic token's code (the line
 * decides how many people it takes to move the enterprise's money, so a stolen session alone cannot move it); audited
 * with who set it. Payments not yet approved need what the rule asks when they are submitted and approved, or what they
 * needed at the quote if that was more: a rule loosened never lowers a payment's approvals, one tightened raises them.
 */
@Service
public class SetApprovalRule {

    private final ApprovalRules rules;
    private final OperatorCodes codes;
    private final Audit audit;

    public SetApprovalRule(ApprovalRules rules, OperatorCodes codes, Audit audit) {
        this.rules = rules;
        this.codes = codes;
        this.audit = audit;
    }

    /** {@code VERIFIED} when the rule was set; any other answer about the code, and nothing changed. */
    @Transactional
    public Mono<OperatorCodes.Check> set(String enterpriseId, String administratorId, ApprovalRule rule, String code) {
        return codes.verify(administratorId, enterpriseId, code).flatMap(check -> check != OperatorCodes.Check.VERIFIED ? Mono.just(check)
                : rules.set(enterpriseId, rule).then(audit.record(AuditAction.CORPORATE_PAYMENT, enterpriseId, Map.of(
                        "step", "ApprovalRuleSet", "twoCheckersFrom", rule.twoCheckersFrom().toString(), "by", administratorId)))
                        .thenReturn(check));
    }
}
