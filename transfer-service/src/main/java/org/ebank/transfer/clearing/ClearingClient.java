package org.ebank.transfer.clearing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.ebank.transfer.transfer.domain.Transfer;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/** The interbank clearing network (the local simulator, or the real one behind the same HTTP contract). */
public class ClearingClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final WebClient http;

    public ClearingClient(WebClient http) {
        this.http = http;
    }

    /** Hands the transfer to the network; the same id twice is one transfer there. */
    public Mono<Void> submit(Transfer t) {
        return http.post().uri("/clearing/transfers")
                .bodyValue(Map.of("transferId", t.id(), "amount", t.amount().toString(), "toBankCode", t.toBankCode(),
                        "toAccountNumber", t.toAccountNumber(), "toName", t.toName()))
                .retrieve().toBodilessEntity().timeout(TIMEOUT).then();
    }

    public Mono<Status> status(String transferId) {
        return http.get().uri("/clearing/transfers/{id}", transferId).retrieve().bodyToMono(JsonNode.class).timeout(TIMEOUT)
                .map(json -> new Status(json.path("status").asText(), json.path("reason").asText(null)))
                .onErrorResume(WebClientResponseException.class, e -> e.getStatusCode() == HttpStatus.NOT_FOUND
                        ? Mono.just(new Status("UNKNOWN", null)) : Mono.error(e));
    }

    /** PENDING, SETTLED, RETURNED, or UNKNOWN when the network has not seen it (submit it again). */
    public record Status(String status, String reason) {
    }
}
