package org.ebank.platform.security;

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
}
