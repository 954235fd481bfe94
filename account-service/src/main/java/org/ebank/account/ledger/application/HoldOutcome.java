package org.ebank.account.ledger.application;

import org.ebank.account.ledger.domain.Hold;

/** What placing or releasing a hold came to. */
public sealed interface HoldOutcome {

    record Done(Hold hold) implements HoldOutcome {
    }

    record InsufficientFunds(String accountId) implements HoldOutcome {
    }

    record UnknownAccount(String accountId) implements HoldOutcome {
    }

    record UnknownHold(String holdId) implements HoldOutcome {
    }

    /** The hold id was used before with another account or amount. */
    record IdConflict(String holdId) implements HoldOutcome {
    }
}
