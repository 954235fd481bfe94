package org.ebank.corporate.operator.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The dynamic token (动态令牌) every operator binds: TOTP as RFC 6238 says, HMAC-SHA1, 6 digits, a new code every
 * {@code periodSeconds} (30, {@link #STANDARD}, as every authenticator app counts by default). A code is good for its own
 * step and one either side (a phone clock a little off), and once only: a code at or before the operator's last used step
 * is refused, so a code seen over a shoulder is worth nothing.
 * <p>
 * The period is part of every token bound: the {@code otpauth://} URI tells the app (some apps show 30-s codes whatever
 * it says), and the operators' last used steps are counted in it, not stored with it. A bank keeps 30 s and never
 * changes it once a token is bound; other periods are for tests (the local system tests run on 10 s, so that their
 * operators do not wait half a minute for each code).
 */
public record Totp(int periodSeconds) {

    public static final Totp STANDARD = new Totp(30);
    public static final int DIGITS = 6;
    private static final int DRIFT_STEPS = 1;

    public Totp {
        if (periodSeconds < 10 || periodSeconds > 60) {
            throw new IllegalArgumentException("a token's period is 10 to 60 seconds, not " + periodSeconds);
        }
    }

    public static Totp of(Duration period) {
        if (period.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("a token's period is whole seconds, not " + period);
        }
        return new Totp(Math.toIntExact(period.toSeconds()));
    }

    public long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), periodSeconds);
    }

    /** The code for one step (RFC 4226's dynamic truncation of HMAC-SHA1 over the step number). */
    public static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JVM", e);
        }
    }

    /** Which step the code is for, if it is one of now's (give or take a step) that was not used yet. */
    public OptionalLong verify(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (step > lastUsedStep && constantTimeEquals(code(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Whether the code is right but was used already (at or before the last used step): a replay, said as such. */
    public boolean isReplay(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return false;
        }
        long current = step(now);
        for (long step = current - DRIFT_STEPS; step <= Math.min(current + DRIFT_STEPS, lastUsedStep); step++) {
            if (constantTimeEquals(code(secret, step), code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
