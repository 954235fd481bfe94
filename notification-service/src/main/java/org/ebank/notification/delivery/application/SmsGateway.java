package org.ebank.notification.delivery.application;

import reactor.core.publisher.Mono;

/** The SMS provider. {@code messageId} lets the provider drop a resend of the same message. */
public interface SmsGateway {

    Mono<Void> send(String messageId, String phone, String text);
}
