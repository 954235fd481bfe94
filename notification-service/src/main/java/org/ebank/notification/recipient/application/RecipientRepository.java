package org.ebank.notification.recipient.application;

import org.ebank.notification.recipient.domain.Recipient;
import reactor.core.publisher.Mono;

public interface RecipientRepository {

    Mono<Void> save(Recipient recipient);

    Mono<Recipient> findByCustomerId(String customerId);
}
