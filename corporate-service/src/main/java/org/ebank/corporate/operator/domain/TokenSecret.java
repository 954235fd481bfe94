package org.ebank.corporate.operator.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * A dynamic token's shared secret: 20 random bytes (160 bits, as RFC 4226 recommends), shown once to the operator as an
 * {@code otpauth://} URI their authenticator app reads (a QR code of it), then kept sealed.
 */
public record TokenSecret(byte[] bytes) {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public TokenSecret {
        if (bytes == null || bytes.length < 16) {
            throw new IllegalArgumentException("a token secret has at least 128 bits");
        }
        bytes = bytes.clone();
    }

    public static TokenSecret random(RandomGenerator random) {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return new TokenSecret(bytes);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The key URI format authenticator apps read: issuer, the account (credit code and login name), the secret, the period. */
    public String otpauthUri(String issuer, String account, Totp totp) {
        String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32() + "&issuer=" + URLEncoder.encode(issuer, StandardCharsets.UTF_8)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + totp.periodSeconds();
    }

    /** RFC 4648 base32, without padding (as authenticator apps take it). */
    public String base32() {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "TokenSecret[****]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenSecret that && java.util.Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }
}
