package org.ebank.corporate.payroll.adapter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ebank.contracts.ledger.LedgerApi;
import org.ebank.contracts.ledger.PayeeNameAnswer;
import org.ebank.contracts.ledger.PayeeNameCheck;
import org.ebank.corporate.payroll.application.PayeeNames;
import org.ebank.platform.ledger.ServiceToken;
import org.ebank.platform.problem.Unreachable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The ledger's name check ({@link LedgerApi#PAYEE_NAMES}) under this service's SERVICE token, up to
 * {@link PayeeNameCheck#MAX_PAYEES} payees a request, in turns. No answer is {@link Unreachable}: the maker's upload gets
 * 503 and Retry-After, and uploading again checks again.
 */
class HttpPayeeNames implements PayeeNames {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient http;
    private final ServiceToken token;

    HttpPayeeNames(WebClient http, ServiceToken token) {
        this.http = http;
        this.token = token;
    }

    @Override
    public Mono<List<PayeeNameAnswer.Match>> check(List<PayeeNameCheck.Payee> payees) {
        List<List<PayeeNameCheck.Payee>> turns = new ArrayList<>();
        for (int from = 0; from < payees.size(); from += PayeeNameCheck.MAX_PAYEES) {
            turns.add(payees.subList(from, Math.min(payees.size(), from + PayeeNameCheck.MAX_PAYEES)));
        }
        return token.get().flatMap(bearer -> Flux.fromIterable(turns)
                .concatMap(turn -> ask(bearer, turn))
                .flatMapIterable(matches -> matches)
                .collectList());
    }

    private Mono<List<PayeeNameAnswer.Match>> ask(String bearer, List<PayeeNameCheck.Payee> payees) {
        return http.post().uri(LedgerApi.PAYEE_NAMES)
                .headers(h -> h.setBearerAuth(bearer))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new PayeeNameCheck(payees))
                .retrieve().bodyToMono(PayeeNameAnswer.class).timeout(TIMEOUT)
                .onErrorMap(HttpPayeeNames::unreachable, e -> new Unreachable("the ledger", e))
                .map(PayeeNameAnswer::matches)
                .filter(matches -> matches.size() == payees.size())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("the ledger answered another number of names than asked")));
    }

    /** No answer, or the ledger's own failure; its refusals (4xx) are answers, and a defect of ours if they come. */
    private static boolean unreachable(Throwable e) {
        return !(e instanceof WebClientResponseException response) || response.getStatusCode().is5xxServerError()
                || response.getStatusCode().isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS);
    }
}
