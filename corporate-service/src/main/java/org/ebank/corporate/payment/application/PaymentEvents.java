package org.ebank.corporate.payment.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.PaymentEvent;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Each step of a payment as its event, and the operators' steps as audit records too, in the step's transaction. */
@Component
public class PaymentEvents {

    private final Outbox outbox;
    private final Audit audit;

    public PaymentEvents(Outbox outbox, Audit audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    public Mono<Void> publish(String type, CorporatePayment payment, String actorId) {
        Mono<?> event = outbox.append(CorporateTopics.PAYMENT, payment.id(), type, new PaymentEvent(payment.id(),
                payment.enterpriseId(), payment.status().name(), actorId, payment.fromAccountId(), payment.payeeMasked(),
                payment.toName(), payment.amount().amount(), payment.fee().amount(), payment.approvedBy().size(),
                payment.requiredApprovals(), payment.reason(), payment.updatedAt()));
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
