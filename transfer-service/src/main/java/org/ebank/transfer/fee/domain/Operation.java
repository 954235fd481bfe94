package org.ebank.transfer.fee.domain;

/** What the fee is for: a transfer, or cash paid in or taken out at an ATM or counter. */
public enum Operation {
    TRANSFER,
    CASH_DEPOSIT,
    CASH_WITHDRAWAL;

    public boolean isCash() {
        return this != TRANSFER;
    }
}
