package org.ebank.notification.delivery.adapter;

import java.util.Map;
import org.ebank.notification.delivery.application.PushGateway;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * An app push provider over HTTP: {@code POST {url}/pushes} with the message id (the provider's dedup key), the customer
 * (the provider maps customers to devices), title and text, under an API key. Failures behave as for SMS.
 */
public class HttpPushGateway implements PushGateway {

    private final WebClient http;
    private final Resilience resilience;

    HttpPushGateway(WebClient http, Resilience resilience) {
        this.http = http;
        this.resilience = resilience;
    }

    @Override
    public Mono<Void> send(String messageId, String customerId, String title, String text) {
        return resilience.call(http.post().uri("/pushes")
                .bodyValue(Map.of("messageId", messageId, "customerId", customerId, "title", title, "text", text))
                .retrieve().toBodilessEntity().then());
    }
}
