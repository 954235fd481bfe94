package org.ebank.account.token.adapter;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.account.token.application.TokenIssuer;

/** Signs short-lived access tokens: subject, roles, and for customers the channel and device. */
public class JwtTokenIssuer implements TokenIssuer {

    /** What the issuer alone says: who, for how long, in which role and channel. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("sub", "iss", "aud", "exp", "nbf", "iat", "jti", "roles",
            "channel", "device");

    private final TokenKeys keys;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    public JwtTokenIssuer(TokenKeys keys, String issuer, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public AccessToken issue(String subject, List<String> roles, String channel, String device, Map<String, String> extra) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim("roles", roles);
        if (channel != null) {
            claims.claim("channel", channel);
        }
        if (device != null) {
            claims.claim("device", device);
        }
        extra.forEach((name, value) -> {
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("a token's own claim is not the caller's to set: " + name);
            }
            claims.claim(name, value);
        });
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.signingKey().getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return new AccessToken(jwt.serialize(), lifetime.toSeconds());
    }
}
