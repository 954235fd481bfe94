package org.ebank.account.enrolment.application;

/** What an enrolment came to. Refusals say no more than needed: card, phone and password are checked together. */
public sealed interface EnrolmentOutcome {

    record Enrolled(String customerId) implements EnrolmentOutcome {
    }

    /** The card, the phone and (for a customer who has a login already) the password do not belong together. */
    record DetailsMismatch() implements EnrolmentOutcome {
    }

    record AlreadyEnrolled() implements EnrolmentOutcome {
    }

    /** Another customer already signs in with this phone number. */
    record PhoneTaken() implements EnrolmentOutcome {
    }
}
