package org.ebank.notification.recipient.application;

import org.ebank.notification.recipient.domain.Recipient;
import reactor.core.publisher.Mono;

public interface RecipientRepository {

    Mono<Void> save(Recipient recipient);

    Mono<Recipient> findByCustomerId(String customerId);

    /** The recipients among {@code customerIds} that are known, by customer id. */
    Mono<java.util.Map<String, Recipient>> findByCustomerIds(java.util.Set<String> customerIds);
}
