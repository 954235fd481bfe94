package org.ebank.account.enrolment.application;

import java.time.Instant;
import org.ebank.account.token.TokenIssuer.AccessToken;

/** What a sign-in came to. A wrong password and an unknown phone read the same to the caller. */
public sealed interface LoginOutcome {

    record LoggedIn(AccessToken token, boolean newDevice) implements LoginOutcome {
    }

    record WrongCredentials(int remainingAttempts) implements LoginOutcome {
    }

    record Locked(Instant until) implements LoginOutcome {
    }

    /** Right password, but the customer has not enrolled in this channel. */
    record NotEnrolled() implements LoginOutcome {
    }
}
