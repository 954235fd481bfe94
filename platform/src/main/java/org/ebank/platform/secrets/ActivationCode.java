package org.ebank.platform.secrets;

import java.security.SecureRandom;

/**
 * A code that starts a login (a new staff member's, a corporate operator's): 12 characters from 31 that cannot be misread
 * (no 0/O, 1/I/L), in groups of four, about 59 bits. Sent by SMS sealed on its way and kept only as a slow hash (BCrypt),
 * so even a copy of the database cannot be searched through for it while it is good.
 */
public final class ActivationCode {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ActivationCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
