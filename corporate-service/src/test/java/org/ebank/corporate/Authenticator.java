package org.ebank.corporate;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** An operator's authenticator app, as the tests hold it: the secret read from the otpauth URI the service shows once. */
final class Authenticator {

    private Authenticator() {
    }

    static byte[] secretOf(String otpauthUri) {
        for (String parameter : otpauthUri.substring(otpauthUri.indexOf('?') + 1).split("&")) {
            if (parameter.startsWith("secret=")) {
                return base32(URLDecoder.decode(parameter.substring(7), StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("no secret in the otpauth URI");
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
