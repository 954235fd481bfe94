package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Money came back from a holding to its account: REDEEMED (日日升, at once, {@code amount} of principal) or
 * MATURED (principal and {@code yield} at the end of the term). {@code remaining} is the principal left.
 */
public record HoldingEvent(String holdingId, String customerId, String accountId, String productCode, String kind,
                           BigDecimal amount, BigDecimal yield, BigDecimal remaining, boolean dailyLiquidity, Instant at) {
}
