package org.ebank.contracts.ledger;

import java.time.Instant;
import java.util.List;
import org.ebank.contracts.value.Direction;

/**
 * A posting as the ledger decided it: RECORDED with its entries (a customer account's entry carries its balance
 * after), or REFUSED with the refusal. A retry with the same id and body gets exactly this back.
 */
public record PostingResponse(String postingId, Status status, LedgerRefusal refusal, Instant recordedAt,
                              List<Entry> entries) {

    public enum Status {
        RECORDED,
        REFUSED
    }

    /** Amounts as strings with two decimals; {@code balanceAfter} is null for the bank's internal accounts. */
    public record Entry(String accountId, Direction direction, String amount, String balanceAfter) {
    }
}
