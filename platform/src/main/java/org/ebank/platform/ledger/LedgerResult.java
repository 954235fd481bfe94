package org.ebank.platform.ledger;

/** RECORDED, REFUSED (with the ledger's reason), or UNKNOWN: the answer did not arrive and must be asked again. */
public record LedgerResult(Status status, String reason) {

    public enum Status {
        RECORDED,
        REFUSED,
        UNKNOWN
    }

    public static LedgerResult recorded() {
        return new LedgerResult(Status.RECORDED, null);
    }

    public static LedgerResult refused(String reason) {
        return new LedgerResult(Status.REFUSED, reason);
    }

    public static LedgerResult unknown(String reason) {
        return new LedgerResult(Status.UNKNOWN, reason);
    }
}
