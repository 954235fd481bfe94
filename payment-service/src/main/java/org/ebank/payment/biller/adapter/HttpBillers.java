package org.ebank.payment.biller.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.ebank.contracts.value.Money;
import org.ebank.payment.biller.application.Billers;
import org.ebank.payment.biller.domain.Bill;
import org.ebank.platform.problem.Unreachable;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/** The billers' gateway over HTTP (the local biller simulator, or the real gateway behind the same contract). */
class HttpBillers implements Billers {

    private final WebClient http;
    /** How long a biller's answer is waited for: the customer is waiting too. */
    private final Duration timeout;

    HttpBillers(WebClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public Mono<Bill> bill(String billerCode, String customerNumber) {
        return http.get().uri("/billers/{biller}/bills/{number}", billerCode, customerNumber).retrieve()
                .bodyToMono(JsonNode.class).timeout(timeout)
                .map(json -> new Bill(billerCode, customerNumber, json.path("holderName").asText(), json.path("period").asText(),
                        Money.of(json.path("amountDue").asText()), "PAID".equals(json.path("status").asText())))
                .onErrorResume(WebClientResponseException.class, e -> e.getStatusCode() == HttpStatus.NOT_FOUND ? Mono.empty()
                        : Mono.error(e))
                // the customer reads "try again shortly" (503), not a fault of ours
                .onErrorMap(e -> !(e instanceof Unreachable), e -> new Unreachable("the billers' gateway", e));
    }

    @Override
    public Mono<Answer> pay(String paymentId, String billerCode, String customerNumber, Money amount) {
        return http.post().uri("/billers/{biller}/payments", billerCode)
                .bodyValue(Map.of("paymentId", paymentId, "customerNumber", customerNumber, "amount", amount.toString()))
                .retrieve().bodyToMono(JsonNode.class).timeout(timeout).flatMap(HttpBillers::answer);
    }

    @Override
    public Mono<Answer> answerTo(String paymentId) {
        return http.get().uri("/billers/payments/{id}", paymentId).retrieve().bodyToMono(JsonNode.class).timeout(timeout)
                .flatMap(HttpBillers::answer)
                .onErrorResume(WebClientResponseException.class, e -> e.getStatusCode() == HttpStatus.NOT_FOUND ? Mono.empty()
                        : Mono.error(e));
    }

    private static Mono<Answer> answer(JsonNode json) {
        return switch (json.path("status").asText()) {
            case "CONFIRMED" -> Mono.just(new Answer(true, null));
            case "REFUSED" -> Mono.just(new Answer(false, json.path("reason").asText("缴费单位拒绝 refused by the biller")));
            default -> Mono.error(new IllegalStateException("the biller answered " + json.path("status").asText()));
        };
    }
}
