package org.ebank.platform.secrets;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The writer's half of {@link Sealing}: seals secrets with the reader's public key, as the reader publishes it (its
 * JWK, fetched and kept for a few minutes, so a reader that changed its key is followed) or as configured.
 */
public final class Sealer {

    private static final Duration KEEP = Duration.ofMinutes(5);

    private final Mono<RSAKey> key;

    private Sealer(Mono<RSAKey> key) {
        this.key = key;
    }

    /** With the reader's public key fetched from where it publishes it (a JWK). */
    public static Sealer fetching(Mono<Map<String, Object>> publishedJwk) {
        return new Sealer(publishedJwk.map(Sealer::parse).cache(k -> KEEP, e -> Duration.ZERO, () -> Duration.ZERO));
    }

    /** With a public key known in advance (a JWK's JSON). */
    public static Sealer with(Map<String, Object> jwk) {
        return new Sealer(Mono.just(parse(jwk)));
    }

    public Mono<String> seal(String secret) {
        return key.map(k -> {
            try {
                return Sealing.seal(k.toRSAPublicKey(), k.getKeyID(), secret);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static RSAKey parse(Map<String, Object> jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("the sealing key is not an RSA JWK", e);
        }
    }
}
