package org.ebank.platform.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Who is calling, from the verified access token: the subject (a customer id, a staff id or a
 * channel system), the roles, and — for customers — the channel and device the token was issued to.
 * The channel never comes from a request header.
 */
public record Caller(String subject, Set<String> roles, String channel, String device) {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String STAFF = "STAFF";
    public static final String CHANNEL_SYSTEM = "CHANNEL";
    public static final String SERVICE = "SERVICE";
    /** A corporate netbank operator; their enterprise and role there are claims of their own. */
    public static final String OPERATOR = "OPERATOR";

    public static Caller from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles),
                jwt.getClaimAsString("channel"), jwt.getClaimAsString("device"));
    }

    /** The caller of the current request; empty when unauthenticated. */
    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() == null ? null : context.getAuthentication().getPrincipal())
                .filter(Jwt.class::isInstance)
                .map(principal -> from((Jwt) principal));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
