package org.ebank.corporate.operator.application;

import org.ebank.corporate.operator.domain.Operator;
import reactor.core.publisher.Mono;

/** account-service, the one issuer of access tokens, issuing one for an operator this service has checked. */
public interface OperatorTokens {

    Mono<AccessToken> issue(Operator operator);

    record AccessToken(String accessToken, long expiresIn) {

        @Override
        public String toString() {
            return "AccessToken[****, expiresIn=" + expiresIn + "]";
        }
    }
}
