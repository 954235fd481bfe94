package org.ebank.account.enrolment.application;

import java.time.Instant;
import org.ebank.account.token.application.TokenIssuer.AccessToken;

/** What a sign-in step came to. A wrong password and an unknown phone read the same to the caller. */
public sealed interface LoginOutcome {

    record LoggedIn(AccessToken token, boolean newDevice) implements LoginOutcome {
    }

    /** A wrong password or an unknown phone: the same answer, with nothing that tells them apart. */
    record WrongCredentials() implements LoginOutcome {
    }

    record Locked(Instant until) implements LoginOutcome {
    }

    /** Right password, but the customer has not enrolled in this channel. */
    record NotEnrolled() implements LoginOutcome {
    }

    /** Right password from a device never bound: a code went to the phone on record; the token comes after it. */
    record DeviceChallenge(String challengeId, Instant expiresAt) implements LoginOutcome {
    }

    /** The customer was sent as many codes as an hour allows. */
    record TooManyCodes() implements LoginOutcome {
    }

    record CodeWrong(int triesLeft) implements LoginOutcome {
    }

    /** The challenge expired, was used up or does not exist: sign in again. */
    record CodeClosed() implements LoginOutcome {
    }
}
