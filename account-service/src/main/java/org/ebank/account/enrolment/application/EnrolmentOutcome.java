package org.ebank.account.enrolment.application;

import java.time.Instant;

/**
 * What an enrolment step came to. Refusals say no more than needed: card and phone are checked together, and a wrong
 * code and a wrong password read the same.
 */
public sealed interface EnrolmentOutcome {

    /** Card and phone belong together: a code went to the phone, to be typed back with the password. */
    record CodeSent(String enrolmentId, Instant expiresAt) implements EnrolmentOutcome {
    }

    record Enrolled(String customerId) implements EnrolmentOutcome {
    }

    /** The card and the phone do not belong together. */
    record DetailsMismatch() implements EnrolmentOutcome {
    }

    /** Another customer already signs in with this phone number. */
    record PhoneTaken() implements EnrolmentOutcome {
    }

    /** The customer was sent as many codes as an hour allows. */
    record TooManyCodes() implements EnrolmentOutcome {
    }

    /** The code, or the password of a customer who has a login already, is wrong. */
    record Refused(int triesLeft) implements EnrolmentOutcome {
    }

    /** The enrolment's code expired, was used up or does not exist: start again. */
    record CodeClosed() implements EnrolmentOutcome {
    }

    /** Too many wrong passwords: the login (and so enrolling with it) is locked for a while. */
    record Locked(Instant until) implements EnrolmentOutcome {
    }

    record AlreadyEnrolled() implements EnrolmentOutcome {
    }
}
