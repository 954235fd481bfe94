package org.ebank.notification.recipient.application;

import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.notification.recipient.domain.Recipient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A newly registered customer, or enterprise, becomes someone messages can be sent to. */
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
}
