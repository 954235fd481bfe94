package org.ebank.corporate.payment.application;

import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.corporate.payment.domain.ApprovalRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * The administrator moves the line from which payments need two checkers; audited with who set it. Payments not yet
 * approved need what the rule asks when they are submitted and approved, or what they needed at the quote if that was
 * more: a rule loosened never lowers a payment's approvals, one tightened raises them.
 */
@Service
public class SetApprovalRule {

    private final ApprovalRules rules;
    private final org.ebank.platform.audit.Audit audit;

    public SetApprovalRule(ApprovalRules rules, org.ebank.platform.audit.Audit audit) {
        this.rules = rules;
        this.audit = audit;
    }

    @Transactional
    public Mono<Void> set(String enterpriseId, String administratorId, ApprovalRule rule) {
        return rules.set(enterpriseId, rule).then(audit.record(AuditAction.CORPORATE_PAYMENT, enterpriseId, Map.of(
                "step", "ApprovalRuleSet", "twoCheckersFrom", rule.twoCheckersFrom().toString(), "by", administratorId)));
    }
}
