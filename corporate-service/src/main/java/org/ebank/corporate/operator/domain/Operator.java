package org.ebank.corporate.operator.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A person who signs in to an enterprise's corporate netbank, by the enterprise's credit code and a login name. They are
 * enrolled with an activation code (handed over at the counter, or by their administrator; good for 72 hours), then choose a password and
 * bind a dynamic token, and from then on sign in with both. Wrong passwords or codes lock the login as they lock a
 * person's: 5 in a row, for 30 minutes. Each reset starts a new generation: only tokens issued in the current one serve.
 */
public record Operator(String id, String enterpriseId, String loginName, String name, String phone, OperatorRole role, Status status,
                       String passwordHash, String activationCodeHash, Instant activationExpiresAt, String sealedSecret,
                       long lastCodeStep, int failedAttempts, Instant lockedUntil, Instant enrolledAt, long generation) {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(30);
    public static final Duration ACTIVATION_VALID = Duration.ofHours(72);

    public enum Status {
        /** Enrolled: waiting for the activation code and a password. */
        ENROLLED,
        /** Has a password; the token's secret was shown, waiting for the first code to bind it. */
        TOKEN_PENDING,
        ACTIVE
    }

    public Operator {
        if (!acceptsLoginName(loginName)) {
            throw new IllegalArgumentException("a login name has 3 to 20 lower-case letters, digits or '_', starting with a letter");
        }
        if (!acceptsName(name)) {
            throw new IllegalArgumentException("an operator's name has 1 to 50 characters");
        }
        if (phone != null && !acceptsPhone(phone)) {
            throw new IllegalArgumentException("an operator's phone is a mainland mobile number");
        }
    }

    public static boolean acceptsLoginName(String loginName) {
        return loginName != null && loginName.matches("[a-z][a-z0-9_]{2,19}");
    }

    /** A mainland mobile number (11 digits, 13x to 19x): where approval requests and results are sent by SMS. */
    public static boolean acceptsPhone(String phone) {
        return phone != null && phone.matches("1[3-9][0-9]{9}");
    }

    /** The phone as lists show it: 138****0001. */
    public String phoneMasked() {
        return phone == null ? null : phone.substring(0, 3) + "****" + phone.substring(7);
    }

    public static boolean acceptsName(String name) {
        return name != null && !name.isBlank() && name.length() <= 50;
    }

    public static Operator enrolled(String id, String enterpriseId, String loginName, String name, String phone, OperatorRole role,
                                    String activationCodeHash, Instant now) {
        return new Operator(id, enterpriseId, loginName, name, phone, role, Status.ENROLLED, null, activationCodeHash,
                now.plus(ACTIVATION_VALID), null, -1, 0, null, now, 0);
    }

    /**
     * An e-banking password: 8 to 32 characters with at least one letter and one digit, and at most 72 bytes in UTF-8
     * (all BCrypt reads).
     */
    public static boolean acceptsPassword(String password) {
        return password != null && password.length() >= 8 && password.length() <= 32
                && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 72
                && password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit);
    }

    /** Never the hashes or the sealed secret. */
    @Override
    public String toString() {
        return "Operator[" + id + ", " + enterpriseId + ", " + loginName + ", " + role + ", " + status + "]";
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean activationOpen(Instant now) {
        return status == Status.ENROLLED && activationExpiresAt != null && now.isBefore(activationExpiresAt);
    }

    /** A wrong password or code: one more in a row, and locked at the fifth. */
    public Operator failed(Instant now) {
        int failures = (lockedUntil != null && !isLocked(now) ? 0 : failedAttempts) + 1;
        return failures >= MAX_ATTEMPTS ? with(0, now.plus(LOCK_FOR), lastCodeStep) : with(failures, null, lastCodeStep);
    }

    /** Signed in (or bound the token) with the code of {@code step}: the count starts again, and that code is spent. */
    public Operator succeeded(long step) {
        return with(0, null, step);
    }

    public Operator withPassword(String passwordHash, String sealedSecret) {
        return new Operator(id, enterpriseId, loginName, name, phone, role, Status.TOKEN_PENDING, passwordHash, null, null, sealedSecret,
                lastCodeStep, 0, null, enrolledAt, generation);
    }

    /**
     * Back to enrolled, with a new activation code: the password and the token's secret forgotten (a lost phone, a
     * forgotten password, a secret never bound), the lock lifted, and a new generation, so no access token issued
     * before (a stolen session) serves any longer. The last spent step is kept, so no code of before the reset can be
     * played again.
     */
    public Operator reset(String activationCodeHash, Instant now) {
        return new Operator(id, enterpriseId, loginName, name, phone, role, Status.ENROLLED, null, activationCodeHash,
                now.plus(ACTIVATION_VALID), null, lastCodeStep, 0, null, enrolledAt, generation + 1);
    }

    public Operator bound(long step) {
        return new Operator(id, enterpriseId, loginName, name, phone, role, Status.ACTIVE, passwordHash, null, null, sealedSecret, step,
                0, null, enrolledAt, generation);
    }

    private Operator with(int failures, Instant lockedUntil, long lastCodeStep) {
        return new Operator(id, enterpriseId, loginName, name, phone, role, status, passwordHash, activationCodeHash, activationExpiresAt,
                sealedSecret, lastCodeStep, failures, lockedUntil, enrolledAt, generation);
    }
}
