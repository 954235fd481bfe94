package org.ebank.account.enrolment.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Wrong passwords lock the login: after {@code maxAttempts} in a row, for {@code lockFor}. A correct
 * password resets the count.
 */
public record LoginGuard(int maxAttempts, Duration lockFor) {

    public boolean isLocked(LoginState state, Instant now) {
        return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    public LoginState afterFailure(LoginState state, Instant now) {
        int failures = (isLocked(state, now) || state.lockedUntil() == null ? state.failedAttempts() : 0) + 1;
        return failures >= maxAttempts ? new LoginState(0, now.plus(lockFor)) : new LoginState(failures, null);
    }

    /** Failed attempts in a row, and until when the login is locked (null when not). */
    public record LoginState(int failedAttempts, Instant lockedUntil) {

        public static final LoginState CLEAR = new LoginState(0, null);
    }
}
