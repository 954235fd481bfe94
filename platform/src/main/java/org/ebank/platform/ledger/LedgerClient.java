package org.ebank.platform.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * account-service's ledger (its internal posting API), over HTTP with a SERVICE token. Plumbing only: what
 * to post is the calling service's business. Posting ids make every call safe to repeat:
 * an outcome lost on the way (timeout, crash) is found again by posting the same id.
 */
public class LedgerClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient http;
    private final ServiceToken token;

    public LedgerClient(WebClient http, ServiceToken token) {
        this.http = http;
        this.token = token;
    }

    public Mono<LedgerResult> post(String postingId, String channel, String kind, String memo, List<Line> lines) {
        Map<String, Object> body = Map.of("postingId", postingId, "channel", channel, "kind", kind, "memo", memo,
                "legs", lines.stream().map(Line::toJson).toList());
        return call("/internal/ledger/postings", body);
    }

    public Mono<LedgerResult> reverse(String postingId, String reversalId) {
        return call("/internal/ledger/postings/" + postingId + "/reversal", Map.of("reversalId", reversalId));
    }

    private Mono<LedgerResult> call(String path, Object body) {
        return token.get().flatMap(bearer -> http.post().uri(path)
                        .headers(h -> h.setBearerAuth(bearer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .retrieve()
                        .bodyToMono(JsonNode.class)
                        .timeout(TIMEOUT)
                        .map(json -> LedgerResult.recorded()))
                .onErrorResume(WebClientResponseException.class, e -> Mono.just(refusalOrUnknown(e)))
                .onErrorResume(e -> !(e instanceof WebClientResponseException), e -> Mono.just(LedgerResult.unknown(e.toString())));
    }

    private static LedgerResult refusalOrUnknown(WebClientResponseException e) {
        if (e.getStatusCode() == HttpStatus.UNPROCESSABLE_ENTITY) {
            String type = e.getResponseBodyAsString();
            return LedgerResult.refused(type.contains("insufficient-funds") ? "INSUFFICIENT_FUNDS"
                    : type.contains("already-reversed") ? "ALREADY_REVERSED" : "REFUSED");
        }
        return LedgerResult.unknown("ledger answered " + e.getStatusCode().value());
    }

    /** One leg: an account, DEBIT or CREDIT, an amount, and what the account holder sees as the other side. */
    public record Line(String accountId, String direction, String amount, String counterparty) {

        Map<String, Object> toJson() {
            return counterparty == null ? Map.of("accountId", accountId, "direction", direction, "amount", amount)
                    : Map.of("accountId", accountId, "direction", direction, "amount", amount, "counterparty", counterparty);
        }
    }
}
