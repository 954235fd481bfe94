package org.ebank.contracts.value;

/** Which side of the ledger a leg is on. A debit takes money out of a customer's account, a credit puts it in. */
public enum Direction {
    DEBIT,
    CREDIT;

    public Direction opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
