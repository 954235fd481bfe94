package org.ebank.notification.delivery;

import java.time.Duration;
import java.util.Map;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * An SMS provider over HTTP: {@code POST {url}/messages} with the message id (the provider's dedup key),
 * number and text, under an API key. A failure surfaces as an error: the consumer retries with backoff,
 * then parks the event on the dead-letter topic.
 */
public class HttpSmsGateway implements SmsGateway {

    private final WebClient http;
    private final Duration timeout;

    public HttpSmsGateway(WebClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public Mono<Void> send(String messageId, String phone, String text) {
        return http.post().uri("/messages").bodyValue(Map.of("messageId", messageId, "phone", phone, "text", text))
                .retrieve().toBodilessEntity().timeout(timeout).then();
    }
}
