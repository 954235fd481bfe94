package org.ebank.corporate.operator.adapter;

import java.time.Duration;
import org.ebank.contracts.token.IssuedToken;
import org.ebank.contracts.token.OperatorTokenRequest;
import org.ebank.contracts.token.TokenApi;
import org.ebank.corporate.operator.application.OperatorTokens;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.platform.ledger.ServiceToken;
import org.ebank.platform.problem.Unreachable;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/** account-service's {@link TokenApi#OPERATOR_TOKENS}, under this service's SERVICE token. */
class HttpOperatorTokens implements OperatorTokens {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final WebClient http;
    private final ServiceToken token;

    HttpOperatorTokens(WebClient http, ServiceToken token) {
        this.http = http;
        this.token = token;
    }

    @Override
    public Mono<AccessToken> issue(Operator operator) {
        return token.get().flatMap(bearer -> http.post().uri(TokenApi.OPERATOR_TOKENS)
                        .headers(h -> h.setBearerAuth(bearer))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(new OperatorTokenRequest(operator.id(), operator.enterpriseId(), operator.role().name(),
                                operator.generation()))
                        .retrieve().bodyToMono(IssuedToken.class).timeout(TIMEOUT))
                .map(issued -> new AccessToken(issued.accessToken(), issued.expiresIn()))
                // its refusal (4xx) would be a defect of ours, not an outage
                .onErrorMap(e -> !(e instanceof WebClientResponseException refused) || refused.getStatusCode().is5xxServerError(),
                        e -> new Unreachable("account-service's token issuer", e));
    }
}
