package org.ebank.account.ledger.domain;

/** Which side of the ledger a leg is on. A debit takes money out of an account, a credit puts it in. */
public enum Direction {
    DEBIT,
    CREDIT;

    public Direction opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
