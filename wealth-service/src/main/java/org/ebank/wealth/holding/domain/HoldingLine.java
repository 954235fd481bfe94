package org.ebank.wealth.holding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A holding as the customer's list shows it, with its product's name. */
public record HoldingLine(String holdingId, String productCode, String productName, String accountId, BigDecimal principal,
                          BigDecimal remaining, String status, Instant purchasedAt, LocalDate maturityDate) {
}
