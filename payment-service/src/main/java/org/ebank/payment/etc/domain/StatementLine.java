package org.ebank.payment.etc.domain;

import java.time.Instant;
import org.ebank.contracts.value.Money;

/** A passage on a card's monthly toll statement: where and when, the toll, and what the card paid for it. */
public record StatementLine(String tollId, Plate plate, String entry, String exit, Instant exitedAt, Money toll, Money charge) {
}
