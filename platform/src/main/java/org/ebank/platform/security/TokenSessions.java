package org.ebank.platform.security;

import java.util.List;
import org.ebank.contracts.token.TokenApi;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Whether a verified, unexpired token still speaks for its subject, in a service that can end sessions before their
 * tokens expire (corporate-service, when an operator is started over). A token that does not is refused as an invalid
 * one: 401, as if it had expired. A service without one of these trusts a token until it expires.
 */
@FunctionalInterface
public interface TokenSessions {

    Mono<Boolean> isCurrent(Jwt token);

    /**
     * Sessions of corporate operators, as {@code generations} knows them: asked with the operator, their enterprise and
     * the generation the token was issued in (a token without one is of the first; one that is not a number is
     * refused). Tokens that are not an operator's are current.
     */
    static TokenSessions ofOperators(OperatorGenerations generations) {
        return token -> {
            List<String> roles = token.getClaimAsStringList("roles");
            String enterprise = token.getClaimAsString(TokenApi.ENTERPRISE_CLAIM);
            if (roles == null || !roles.contains(TokenApi.OPERATOR_ROLE) || enterprise == null) {
                return Mono.just(true);
            }
            String claimed = token.getClaimAsString(TokenApi.GENERATION_CLAIM);
            try {
                return generations.isCurrent(token.getSubject(), enterprise, claimed == null ? 0 : Long.parseLong(claimed));
            } catch (NumberFormatException e) {
                return Mono.just(false);
            }
        };
    }

    /** Whether an operator's token of {@code generation} is of their current one. */
    @FunctionalInterface
    interface OperatorGenerations {

        Mono<Boolean> isCurrent(String operatorId, String enterpriseId, long generation);
    }
}
