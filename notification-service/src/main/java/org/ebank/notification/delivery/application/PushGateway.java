package org.ebank.notification.delivery.application;

import reactor.core.publisher.Mono;

/** The app push provider. */
public interface PushGateway {

    Mono<Void> send(String messageId, String customerId, String title, String text);
}
