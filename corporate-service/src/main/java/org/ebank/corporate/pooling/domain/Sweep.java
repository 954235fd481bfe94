package org.ebank.corporate.pooling.domain;

import java.time.LocalDate;
import org.ebank.contracts.value.Money;

/**
 * One member's sweep on one business day: decided (the amount fixed, before anything is posted), then swept (posted),
 * nothing (at or below its minimum) or refused by the ledger (the balance went down meanwhile: nothing moved).
 */
public record Sweep(String poolId, LocalDate businessDay, String accountId, Money amount, Status status, String reason) {

    public enum Status {
        DECIDED, SWEPT, NOTHING, REFUSED
    }

    /** The ledger posting of this sweep, the same on every try of the day's run. */
    public String postingId() {
        return "sweep-" + poolId + "-" + businessDay + "-" + accountId;
    }
}
