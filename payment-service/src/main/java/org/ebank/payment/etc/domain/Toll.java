package org.ebank.payment.etc.domain;

import java.time.Instant;
import org.ebank.contracts.value.Money;

/** One passage through a toll road (通行记录), as the toll operator reports it: its id is the operator's. */
public record Toll(String tollId, Plate plate, String entry, String exit, Instant exitedAt, Money amount) {
}
