package org.ebank.notification.delivery.adapter;

import java.util.Map;
import org.ebank.notification.delivery.application.SmsGateway;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * An SMS provider over HTTP: {@code POST {url}/messages} with the message id (the provider's dedup key),
 * number and text, under an API key. A failure surfaces as an error: the consumer retries with backoff,
 * then parks the event on the dead-letter topic.
 */
public class HttpSmsGateway implements SmsGateway {

    private final WebClient http;
    private final Resilience resilience;

    HttpSmsGateway(WebClient http, Resilience resilience) {
        this.http = http;
        this.resilience = resilience;
    }

    @Override
    public Mono<Void> send(String messageId, String phone, String text) {
        return resilience.call(http.post().uri("/messages").bodyValue(Map.of("messageId", messageId, "phone", phone, "text", text))
                .retrieve().toBodilessEntity().then());
    }
}
