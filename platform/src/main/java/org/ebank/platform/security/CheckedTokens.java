package org.ebank.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.ebank.platform.problem.Unreachable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClientException;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens already checked (signature, issuer, expiry) until they expire, so a customer's next call
 * skips the RSA verification and claim parsing, which cost more than the rest of the security chain together. A
 * remembered token is checked afresh from the moment it expires on the bank's clock, and refused by a checker that
 * allows no leeway ({@link SecurityConfiguration}). At most {@code capacity} are kept: when full, all are forgotten and
 * checked afresh. When the keys cannot be fetched, the token is neither
 * accepted nor refused: the request is {@link Unreachable} for now.
 */
final class CheckedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder checker;
    private final Supplier<Clock> clock;
    private final int capacity;
    private final Map<String, Jwt> checked = new ConcurrentHashMap<>();

    CheckedTokens(ReactiveJwtDecoder checker, Supplier<Clock> clock, int capacity) {
        this.checker = checker;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = checked.get(token);
        if (known != null) {
            if (clock.get().instant().isBefore(known.getExpiresAt())) {
                return Mono.just(known);
            }
            checked.remove(token);
        }
        return checker.decode(token).doOnNext(jwt -> remember(token, jwt))
                // the key set could not be fetched (account-service restarting, say): 503, not 500
                .onErrorMap(CheckedTokens::keysUnreachable, e -> new Unreachable("the keys that check tokens", e));
    }

    /** How Spring's decoder says the key set could not be fetched: an IllegalStateException over the HTTP client's failure. */
    private static boolean keysUnreachable(Throwable failure) {
        if (!(failure instanceof IllegalStateException)) {
            return false;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebClientException || cause instanceof java.io.IOException
                    || cause instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void remember(String token, Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null || capacity <= 0) {
            return;
        }
        if (checked.size() >= capacity) {
            checked.clear();
        }
        checked.put(token, jwt);
    }
}
