package org.ebank.platform.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.ledger.LedgerRefusal;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.ledger.PostingResponse;
import org.ebank.contracts.ledger.ReversalRequest;
import org.ebank.contracts.value.Money;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * The {@link Ledger} over HTTP: account-service's internal posting API ({@link LedgerApi}) under a SERVICE token.
 * A 422 whose problem type is one of the {@link LedgerRefusal}s is a refusal; anything else that is not an answer
 * (a timeout, a 5xx, a refused connection) is UNKNOWN, for the caller to ask again with the same id.
 */
public class LedgerClient implements Ledger {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper ANSWERS = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Pattern PROBLEM_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");

    private final WebClient http;
    private final ServiceToken token;

    public LedgerClient(WebClient http, ServiceToken token) {
        this.http = http;
        this.token = token;
    }

    @Override
    public Mono<LedgerResult> post(PostingRequest posting) {
        return call(LedgerApi.POSTINGS, posting, new Object[0]);
    }

    @Override
    public Mono<LedgerResult> reverse(String postingId, String reversalId) {
        return call(LedgerApi.REVERSAL, new ReversalRequest(reversalId), postingId);
    }

    @Override
    public Mono<LedgerResult> hold(String holdId, String accountId, Money amount) {
        return call(LedgerApi.HOLDS, Map.of("holdId", holdId, "accountId", accountId, "amount", amount.toString()), json -> null);
    }

    @Override
    public Mono<LedgerResult> release(String holdId) {
        return call(LedgerApi.HOLD_RELEASE, Map.of(), json -> null, holdId);
    }

    private Mono<LedgerResult> call(String path, Object body, Object... variables) {
        return call(path, body, LedgerClient::read, variables);
    }

    /** {@code answer}: what of a 2xx this client keeps (a posting's answer; nothing of a hold's). */
    private Mono<LedgerResult> call(String path, Object body, Function<JsonNode, PostingResponse> answer, Object... variables) {
        return token.get().flatMap(bearer -> http.post().uri(path, variables)
                        .headers(h -> h.setBearerAuth(bearer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .retrieve()
                        .bodyToMono(JsonNode.class)
                        .timeout(TIMEOUT)
                        .<LedgerResult>map(json -> new LedgerResult.Recorded(answer.apply(json))))
                .onErrorResume(WebClientResponseException.class, e -> Mono.just(refusalOrUnknown(e)))
                .onErrorResume(e -> !(e instanceof WebClientResponseException), e -> Mono.just(new LedgerResult.Unknown(e.toString())));
    }

    /**
     * The answer as far as this client understands it: a 2xx is recorded whatever else a newer ledger says, so a field
     * or a value this side does not know yet never turns money that moved into an unknown outcome.
     */
    private static PostingResponse read(JsonNode json) {
        try {
            return ANSWERS.treeToValue(json, PostingResponse.class);
        } catch (JsonProcessingException | IllegalArgumentException notUnderstood) {
            return null;
        }
    }

    private static LedgerResult refusalOrUnknown(WebClientResponseException e) {
        if (e.getStatusCode() == HttpStatus.UNPROCESSABLE_ENTITY) {
            Matcher type = PROBLEM_TYPE.matcher(e.getResponseBodyAsString());
            return LedgerRefusal.ofType(type.find() ? type.group(1) : null)
                    .<LedgerResult>map(LedgerResult.Refused::new)
                    .orElseGet(() -> new LedgerResult.Unknown("the ledger answered 422 without a known refusal"));
        }
        return new LedgerResult.Unknown("the ledger answered " + e.getStatusCode().value());
    }
}
