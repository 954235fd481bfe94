package org.ebank.platform.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** This service's SERVICE token from account-service, fetched once and renewed a minute before it expires. */
public class ServiceToken {

    private final Mono<String> cached;

    public ServiceToken(WebClient http, String clientId, String secret) {
        this.cached = http.post().uri("/api/v1/auth/staff-login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", clientId, "password", secret))
                .retrieve().bodyToMono(JsonNode.class)
                .cache(json -> Duration.ofSeconds(Math.max(1, json.get("expiresIn").asLong() - 60)),
                        error -> Duration.ZERO, () -> Duration.ZERO)
                .map(json -> json.get("accessToken").asText());
    }

    public Mono<String> get() {
        return cached;
    }
}
