package org.ebank.transfer.transfer.domain;

/** Where a transfer is. Every transfer ends COMPLETED, FAILED, SETTLED or RETURNED. */
public enum TransferStatus {
    /** Accepted; the ledger posting is under way (or its outcome not yet known after a crash). */
    PENDING,
    /** Same bank: the money moved. */
    COMPLETED,
    /** Interbank: debited here, waiting for the other bank. */
    PENDING_CLEARING,
    /** Interbank: the other bank took it. */
    SETTLED,
    /** Interbank: the other bank sent it back; amount and fee refunded. */
    RETURNED,
    /** Nothing moved, e.g. not enough money. */
    FAILED
}
