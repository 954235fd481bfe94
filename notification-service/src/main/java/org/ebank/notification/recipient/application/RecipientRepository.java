package org.ebank.notification.recipient.application;

import org.ebank.notification.recipient.domain.Recipient;
import reactor.core.publisher.Mono;

public interface RecipientRepository {

    Mono<Void> save(Recipient recipient);

    Mono<Recipient> findByCustomerId(String customerId);

    /** The recipients among {@code customerIds} that are known, by customer id. */
    Mono<java.util.Map<String, Recipient>> findByCustomerIds(java.util.Set<String> customerIds);

    /** An operator started over into {@code generation} (kept if a later one was heard of first). */
    Mono<Void> startedOver(String operatorId, long generation);

    /** The latest generation an operator was started over into; none if never. */
    Mono<Long> generation(String operatorId);
}
