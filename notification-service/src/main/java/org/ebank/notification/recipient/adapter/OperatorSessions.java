package org.ebank.notification.recipient.adapter;

import java.util.List;
import org.ebank.contracts.token.TokenApi;
import org.ebank.notification.recipient.application.RecordRecipient;
import org.ebank.platform.security.TokenSessions;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A corporate operator's token reads their messages only while it is of the latest generation this service heard of
 * (OperatorReset): a session stolen before the operator was started over ends here too, once the event arrives. A
 * token without a generation is of the first. Tokens that are not an operator's are not asked about.
 */
@Component
class OperatorSessions implements TokenSessions {

    private final RecordRecipient recipients;

    OperatorSessions(RecordRecipient recipients) {
        this.recipients = recipients;
    }

    @Override
    public Mono<Boolean> isCurrent(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        if (roles == null || !roles.contains(TokenApi.OPERATOR_ROLE)) {
            return Mono.just(true);
        }
        String claimed = token.getClaimAsString(TokenApi.GENERATION_CLAIM);
        try {
            return recipients.isCurrent(token.getSubject(), claimed == null ? 0 : Long.parseLong(claimed));
        } catch (NumberFormatException e) {
            return Mono.just(false);
        }
    }
}
