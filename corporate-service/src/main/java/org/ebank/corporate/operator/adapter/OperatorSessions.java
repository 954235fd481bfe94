package org.ebank.corporate.operator.adapter;

import java.util.List;
import org.ebank.contracts.token.TokenApi;
import org.ebank.corporate.operator.application.OperatorRepository;
import org.ebank.platform.security.TokenSessions;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An operator's token serves while the operator is active in the generation it was issued in: once they are started
 * over (a lost phone, a stolen session), every token issued before is refused at once, not when it expires. A token
 * issued before generations were counted is of the first. Tokens that are not an operator's are not asked about.
 */
@Component
class OperatorSessions implements TokenSessions {

    private final OperatorRepository operators;

    OperatorSessions(OperatorRepository operators) {
        this.operators = operators;
    }

    @Override
    public Mono<Boolean> isCurrent(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        String enterprise = token.getClaimAsString(TokenApi.ENTERPRISE_CLAIM);
        if (roles == null || !roles.contains(TokenApi.OPERATOR_ROLE) || enterprise == null) {
            return Mono.just(true);
        }
        String claimed = token.getClaimAsString(TokenApi.GENERATION_CLAIM);
        long generation;
        try {
            generation = claimed == null ? 0 : Long.parseLong(claimed);
        } catch (NumberFormatException e) {
            return Mono.just(false);
        }
        return operators.generation(token.getSubject(), enterprise).map(current -> current == generation).defaultIfEmpty(false);
    }
}
