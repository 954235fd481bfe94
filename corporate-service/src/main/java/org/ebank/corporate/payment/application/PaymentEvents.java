package org.ebank.corporate.payment.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.PaymentEvent;
import org.ebank.corporate.operator.application.Approvers;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Each step of a payment as its event, and the operators' steps as audit records too, in the step's transaction. A
 * submitted payment's event names the checkers who may approve it, so they are told it waits for them.
 */
@Component
public class PaymentEvents {

    private final Outbox outbox;
    private final Audit audit;
    private final Approvers approvers;

    public PaymentEvents(Outbox outbox, Audit audit, Approvers approvers) {
        this.outbox = outbox;
        this.audit = audit;
        this.approvers = approvers;
    }

    public Mono<Void> publish(String type, CorporatePayment payment, String actorId) {
        Mono<List<String>> approverIds = CorporateTopics.PAYMENT_SUBMITTED.equals(type) ? approvers.of(payment.enterpriseId())
                : Mono.just(List.of());
        Mono<?> event = approverIds.flatMap(ids -> outbox.append(CorporateTopics.PAYMENT, payment.id(), type, new PaymentEvent(payment.id(),
                payment.enterpriseId(), payment.status().name(), actorId, payment.fromAccountId(), payment.payeeMasked(),
                payment.toName(), payment.amount().amount(), payment.fee().amount(), payment.approvedBy().size(),
                payment.requiredApprovals(), payment.reason(), payment.updatedAt(), payment.makerId(), ids)));
        if (actorId == null) {
            return event.then();
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("step", type.substring(type.lastIndexOf('.') + 1));
        details.put("enterpriseId", payment.enterpriseId());
        details.put("amount", payment.amount().toString());
        details.put("approvals", payment.approvedBy().size() + "/" + payment.requiredApprovals());
        if (payment.reason() != null) {
            details.put("reason", payment.reason());
        }
        return event.then(audit.record(AuditAction.CORPORATE_PAYMENT, payment.id(), details));
    }
}
