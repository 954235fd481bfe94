package org.ebank.transfer.clearing.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.ebank.transfer.clearing.application.Clearing;
import org.ebank.transfer.transfer.domain.Transfer;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/** The interbank clearing network (the local simulator, or the real one behind the same HTTP contract). */
public class HttpClearing implements Clearing {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final WebClient http;

    public HttpClearing(WebClient http) {
        this.http = http;
    }

    /** Hands the transfer to the network; the same id twice is one transfer there. */
    @Override
    public Mono<Void> submit(Transfer t) {
        return http.post().uri("/clearing/transfers")
                .bodyValue(Map.of("transferId", t.id(), "amount", t.amount().toString(), "toBankCode", t.toBankCode(),
                        "toAccountNumber", t.toAccountNumber(), "toName", t.toName()))
                .retrieve().toBodilessEntity().timeout(TIMEOUT).then();
    }

    @Override
    public Mono<Status> status(String transferId) {
        return http.get().uri("/clearing/transfers/{id}", transferId).retrieve().bodyToMono(JsonNode.class).timeout(TIMEOUT)
                .map(json -> new Status(json.path("status").asText(), json.path("reason").asText(null)))
                .onErrorResume(WebClientResponseException.class, e -> e.getStatusCode() == HttpStatus.NOT_FOUND
                        ? Mono.just(new Status("UNKNOWN", null)) : Mono.error(e));
    }
}
