package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;

/** A fixed-term holding paid out at the end of its term: principal and {@code yield} (HoldingMatured). */
public record HoldingMatured(String holdingId, String customerId, String accountId, String productCode, String kind,
                             BigDecimal amount, BigDecimal yield, BigDecimal remaining, boolean dailyLiquidity,
                             Instant at) implements HoldingEvent {

    @Override
    public String type() {
        return WealthTopics.HOLDING_MATURED;
    }
}
