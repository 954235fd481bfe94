package org.ebank.corporate.payment.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.ebank.corporate.payment.application.Clearing;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/** The interbank clearing network (the local simulator, or the real one behind the same HTTP contract transfer-service uses). */
class HttpClearing implements Clearing {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final WebClient http;

    HttpClearing(WebClient http) {
        this.http = http;
    }

    @Override
    public Mono<Void> submit(CorporatePayment payment) {
        return http.post().uri("/clearing/transfers")
                .bodyValue(Map.of("transferId", payment.id(), "amount", payment.amount().toString(), "toBankCode", payment.toBankCode(),
                        "toAccountNumber", payment.toAccountNumber(), "toName", payment.toName()))
                .retrieve().toBodilessEntity().timeout(TIMEOUT).then()
                .onErrorMap(WebClientResponseException.class, e -> e.getStatusCode().is4xxClientError()
                        ? new Clearing.Refused(e.getStatusCode().toString()) : e);
    }

    @Override
    public Mono<Status> status(String paymentId) {
        return http.get().uri("/clearing/transfers/{id}", paymentId).retrieve().bodyToMono(JsonNode.class).timeout(TIMEOUT)
                .map(json -> new Status(json.path("status").asText(), json.path("reason").asText(null)))
                .onErrorResume(WebClientResponseException.class, e -> e.getStatusCode() == HttpStatus.NOT_FOUND
                        ? Mono.just(new Status("UNKNOWN", null)) : Mono.error(e));
    }
}
