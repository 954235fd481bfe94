package org.ebank.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Signs access tokens shaped like account-service's (subject, roles, channel, device) with a key of
 * the test's own, and serves its public key as a JWKS over HTTP, the way account-service does: services
 * can be tested without account-service running, through the same token path as in production.
 */
public final class TestJwts {

    private static final KeyPair KEYS = generate();
    private static final String JWKS_URI = serveJwks();

    private TestJwts() {
    }

    /** Where the test key's JWKS is served. */
    public static String jwksUri() {
        return JWKS_URI;
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> JWKS_URI);
    }

    public static String customer(String customerId, String channel) {
        return token(customerId, List.of("CUSTOMER"), channel, "device-" + customerId, Duration.ofMinutes(15));
    }

    public static String staff(String staffId) {
        return token(staffId, List.of("STAFF"), null, null, Duration.ofMinutes(15));
    }

    /** A staff member of {@code branch}, as account-service signs one in; {@code manager}: the branch's manager. */
    public static String staff(String staffId, String branch, boolean manager) {
        return sign(staffId, manager ? List.of("STAFF", "BRANCH_MANAGER") : List.of("STAFF"), null, null,
                Instant.now().plus(Duration.ofMinutes(15)), KEYS, java.util.Map.of("branch", branch));
    }

    /** An administrator of the staff directory at {@code branch}. */
    public static String staffAdministrator(String staffId, String branch) {
        return sign(staffId, List.of("STAFF", "STAFF_ADMIN"), null, null, Instant.now().plus(Duration.ofMinutes(15)), KEYS,
                java.util.Map.of("branch", branch));
    }

    public static String token(String subject, List<String> roles, String channel, String device, Duration lifetime) {
        return sign(subject, roles, channel, device, Instant.now().plus(lifetime), KEYS);
    }

    /** A corporate operator's token, as account-service issues one for corporate-service, of an operator never started over. */
    public static String operator(String operatorId, String enterpriseId, String role) {
        return operator(operatorId, enterpriseId, role, 0);
    }

    /** The same, issued in the operator's {@code generation} (how many times they were started over). */
    public static String operator(String operatorId, String enterpriseId, String role, long generation) {
        return sign(operatorId, List.of("OPERATOR"), "CORPORATE_NETBANK", null, Instant.now().plus(Duration.ofMinutes(15)), KEYS,
                java.util.Map.of("enterprise", enterpriseId, "operatorRole", role, "generation", String.valueOf(generation)));
    }

    /** A token signed with a key nobody trusts. */
    public static String forged(String subject) {
        return sign(subject, List.of("CUSTOMER"), "MOBILE", "d", Instant.now().plusSeconds(600), generate());
    }

    private static String sign(String subject, List<String> roles, String channel, String device, Instant expiry,
                               KeyPair keys) {
        return sign(subject, roles, channel, device, expiry, keys, java.util.Map.of());
    }

    private static String sign(String subject, List<String> roles, String channel, String device, Instant expiry,
                               KeyPair keys, java.util.Map<String, String> extra) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer("ebank-test")
                .issueTime(new Date()).expirationTime(Date.from(expiry)).claim("roles", roles);
        if (channel != null) {
            claims.claim("channel", channel);
        }
        if (device != null) {
            claims.claim("device", device);
        }
        extra.forEach(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test-key").build(), claims.build());
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

    private static String serveJwks() {
        try {
            byte[] jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("test-key").build())
                    .toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.setExecutor(null);
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
