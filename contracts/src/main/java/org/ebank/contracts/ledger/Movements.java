package org.ebank.contracts.ledger;

import java.time.Instant;
import java.util.List;

/**
 * What moved through one ledger account in a time range, by posting kind; a reversal counts under the kind of the
 * posting it undoes. Amounts as strings with two decimals.
 */
public record Movements(String accountId, Instant from, Instant to, List<KindTotals> byKind) {

    public record KindTotals(String kind, String debits, String credits) {
    }
}
