package org.ebank.notification.recipient.application;

import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.account.StaffEnrolled;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorReset;
import org.ebank.notification.recipient.domain.Recipient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A newly registered customer, enterprise or corporate netbank operator becomes someone messages can be sent to (an
 * operator under their operator id, without a phone if enrolled before phones were asked for).
 */
@Service
public class RecordRecipient {

    private final RecipientRepository recipients;

    public RecordRecipient(RecipientRepository recipients) {
        this.recipients = recipients;
    }

    public Mono<Void> on(CustomerRegistered registered) {
        return recipients.save(new Recipient(registered.customerId(), registered.name(), registered.phone(),
                registered.birthDate()));
    }

    public Mono<Void> on(EnterpriseRegistered registered) {
        return recipients.save(new Recipient(registered.enterpriseId(), registered.name(), registered.contactPhone(), null));
    }

    /** A staff member, under {@link #staff their recipient id}: their activation codes reach their phone. */
    public Mono<Void> on(StaffEnrolled enrolled) {
        return recipients.save(new Recipient(staff(enrolled.staffCode()), enrolled.name(), enrolled.phone(), null));
    }

    /** A staff member's recipient id: their code, apart from customers', enterprises' and operators' ids. */
    public static String staff(String staffCode) {
        return "staff:" + staffCode;
    }

    /** An operator started over: their tokens of earlier generations serve no longer (see {@link #isCurrent}). */
    public Mono<Void> on(OperatorReset reset) {
        return reset.generation() == null ? Mono.empty() : recipients.startedOver(reset.operatorId(), reset.generation());
    }

    /** Whether an operator's token of {@code generation} is of their latest one that this service has heard of. */
    public Mono<Boolean> isCurrent(String operatorId, long generation) {
        return recipients.generation(operatorId).map(latest -> generation >= latest).defaultIfEmpty(true);
    }

    public Mono<Void> on(OperatorEnrolled enrolled) {
        return recipients.save(new Recipient(enrolled.operatorId(), enrolled.name() == null ? enrolled.operatorId() : enrolled.name(),
                enrolled.phone(), null));
    }
}
