package org.ebank.account.ledger.domain;

import org.ebank.contracts.value.Money;

/** Money reserved on a customer account for a flow that settles later: captured by a posting, or released. */
public record Hold(String id, String accountId, Money amount, Status status) {

    public enum Status {
        ACTIVE,
        CAPTURED,
        RELEASED
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public Hold settled(Status outcome) {
        return new Hold(id, accountId, amount, outcome);
    }

    /** The account as a posting that captures this hold sees it: the held money is available to it. */
    public LedgerAccount releasedFrom(LedgerAccount account) {
        return new LedgerAccount(account.id(), account.kind(), account.balance(), account.held().minus(amount));
    }
}
