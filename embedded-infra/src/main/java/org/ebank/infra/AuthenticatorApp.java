package org.ebank.infra;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A corporate operator's authenticator app, as the tests, the benchmarks and {@code ./ebank token-code} hold it: reads
 * the secret and the period (30 s unless the URI says otherwise) from the {@code otpauth://} URI the service shows once,
 * and shows the RFC 6238 code (HMAC-SHA1, 6 digits) of a step.
 */
public record AuthenticatorApp(byte[] secret, int periodSeconds) {

    public static AuthenticatorApp of(String otpauthUri) {
        byte[] secret = null;
        int period = 30;
        for (String parameter : otpauthUri.substring(otpauthUri.indexOf('?') + 1).split("&")) {
            if (parameter.startsWith("secret=")) {
                secret = base32(URLDecoder.decode(parameter.substring(7), StandardCharsets.UTF_8));
            } else if (parameter.startsWith("period=")) {
                period = Integer.parseInt(parameter.substring(7));
            }
        }
        if (secret == null) {
            throw new IllegalArgumentException("no secret in the otpauth URI");
        }
        return new AuthenticatorApp(secret, period);
    }

    /** The step now. */
    public long step() {
        return stepAt(Instant.now());
    }

    /** The step {@code at} is in. */
    public long stepAt(Instant at) {
        return at.getEpochSecond() / periodSeconds;
    }

    /** The seconds left of the step {@code at} is in. */
    public long secondsLeftAt(Instant at) {
        return periodSeconds - at.getEpochSecond() % periodSeconds;
    }

    public String code(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
