package org.ebank.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Six-digit codes sent by SMS for step-up. The sender keeps only a hash bound to what the code is for ({@code scope}:
 * a quote, a challenge), so a stored hash neither reveals the code nor fits another scope; the code itself travels
 * sealed (see {@link Sealer}).
 */
public final class OneTimeCode {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCode() {
    }

    public static String generate() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static String hash(String scope, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((scope + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in constant time. */
    public static boolean matches(String scope, String code, String storedHash) {
        return code != null && MessageDigest.isEqual(hash(scope, code).getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }
}
