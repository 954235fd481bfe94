package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Event;

/**
 * Money came back from a holding to its account: {@link HoldingRedeemed} (日日升, at once, {@code amount} of principal)
 * or {@link HoldingMatured} (principal and {@code yield} at the end of the term). {@code remaining} is the principal left.
 */
public sealed interface HoldingEvent extends Event permits HoldingRedeemed, HoldingMatured {

    String holdingId();

    String customerId();

    String accountId();

    String productCode();

    String kind();

    BigDecimal amount();

    BigDecimal yield();

    BigDecimal remaining();

    boolean dailyLiquidity();

    Instant at();
}
