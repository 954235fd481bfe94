package org.ebank.account.card.application;

/** What opening an account came to. */
public sealed interface OpeningOutcome {

    record Opened(CardAccount account) implements OpeningOutcome {
    }

    record UnknownCustomer(String customerId) implements OpeningOutcome {
    }

    /** The family account does not exist or is not a customer's card account. */
    record UnknownFamilyAccount(String familyAccountId) implements OpeningOutcome {
    }
}
