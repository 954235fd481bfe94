package org.ebank.account.enrolment.domain;

import java.time.Instant;

/**
 * A code sent by SMS to the customer's phone on record, to be typed back: for enrolling in {@code channel} (with the
 * device and referrer the enrolment asked for), or for binding {@code deviceId} at a mobile sign-in.
 */
public record Challenge(String id, String customerId, Purpose purpose, EbankChannel channel, String deviceId, String referrerCode,
                        String codeHash, int tries, boolean answered, Instant expiresAt) {

    public enum Purpose {
        ENROLMENT,
        NEW_DEVICE
    }

    /** Whether it can still be answered: not answered yet, not expired, tries left. */
    public boolean isOpen(ChallengePolicy policy, Instant now) {
        return !answered && now.isBefore(expiresAt) && tries < policy.tries();
    }

    /** Tries left after one more wrong answer. */
    public int triesLeftAfterWrong(ChallengePolicy policy) {
        return Math.max(0, policy.tries() - tries - 1);
    }
}
