package org.ebank.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Signs access tokens shaped like account-service's (subject, roles, channel, device) with a key of
 * the test's own, and points the resource server at its public key: services can be tested without
 * account-service running.
 */
public final class TestJwts {

    private static final KeyPair KEYS = generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestJwts() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + PUBLIC_KEY);
    }

    public static String customer(String customerId, String channel) {
        return token(customerId, List.of("CUSTOMER"), channel, "device-" + customerId, Duration.ofMinutes(15));
    }

    public static String staff(String staffId) {
        return token(staffId, List.of("STAFF"), null, null, Duration.ofMinutes(15));
    }

    public static String token(String subject, List<String> roles, String channel, String device, Duration lifetime) {
        return sign(subject, roles, channel, device, Instant.now().plus(lifetime), KEYS);
    }

    /** A token signed with a key nobody trusts. */
    public static String forged(String subject) {
        return sign(subject, List.of("CUSTOMER"), "MOBILE", "d", Instant.now().plusSeconds(600), generate());
    }

    private static String sign(String subject, List<String> roles, String channel, String device, Instant expiry,
                               KeyPair keys) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer("ebank-test")
                .issueTime(new Date()).expirationTime(Date.from(expiry)).claim("roles", roles);
        if (channel != null) {
            claims.claim("channel", channel);
        }
        if (device != null) {
            claims.claim("device", device);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("ebank-test-jwt", ".pem");
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
