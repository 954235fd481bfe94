package org.ebank.platform.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Who is calling, from the verified access token: the subject (a customer id, a staff id or a
 * channel system), the roles, for customers the channel and device the token was issued to, and for staff their branch.
 * The channel never comes from a request header.
 */
public record Caller(String subject, Set<String> roles, String channel, String device, String branch) {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String STAFF = "STAFF";
    public static final String CHANNEL_SYSTEM = "CHANNEL";
    public static final String SERVICE = "SERVICE";
    /** Staff who keep the directory of branches and staff (besides {@link #STAFF}). */
    public static final String STAFF_ADMIN = "STAFF_ADMIN";
    /** Staff who run a branch (besides {@link #STAFF}). */
    public static final String BRANCH_MANAGER = "BRANCH_MANAGER";
    /** A corporate netbank operator; their enterprise and role there are claims of their own. */
    public static final String OPERATOR = "OPERATOR";
    /** A partner's system that sends the bank work, e.g. the ETC toll operator's statements ({@code /api/v1/partner/**}). */
    public static final String PARTNER = "PARTNER";

    public static Caller from(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles),
                jwt.getClaimAsString("channel"), jwt.getClaimAsString("device"), jwt.getClaimAsString("branch"));
    }

    /** The caller of the current request; empty when unauthenticated. */
    public static Mono<Caller> current() {
        return token().map(Caller::from);
    }

    /** The verified access token of the current request (to ask its session again, say); empty when unauthenticated. */
    public static Mono<Jwt> token() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() == null ? null : context.getAuthentication().getPrincipal())
                .filter(Jwt.class::isInstance)
                .cast(Jwt.class);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
