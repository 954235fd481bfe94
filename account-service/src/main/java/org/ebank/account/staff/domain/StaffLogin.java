package org.ebank.account.staff.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a staff member's login stands: the password they chose (a hash, none until they activate), the activation code
 * waiting for them (a hash, with its expiry), the wrong tries in a row and, after the fifth, until when it is locked; and
 * whether they left the bank; and, for a branch manager or an administrator, who enrolled them and whether a second
 * administrator has still to confirm it.
 */
public record StaffLogin(StaffMember member, String passwordHash, String activationHash, Instant activationExpiresAt,
                         int failedTries, Instant lockedUntil, boolean left, String enrolledBy, boolean awaitingConfirmation) {

    public static final int MAX_FAILED_TRIES = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(30);

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean awaitsActivation(Instant now) {
        return !left && activationHash != null && activationExpiresAt != null && now.isBefore(activationExpiresAt);
    }

    /** Until when one more wrong try locks the login; null if it does not lock it yet. */
    public Instant lockAfterWrongTry(Instant now) {
        return failedTries + 1 >= MAX_FAILED_TRIES ? now.plus(LOCK_FOR) : null;
    }
}
