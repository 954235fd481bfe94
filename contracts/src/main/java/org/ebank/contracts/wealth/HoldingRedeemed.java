package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;

/** 日日升 principal back on the card at once, {@code remaining} left in the holding (HoldingRedeemed). */
public record HoldingRedeemed(String holdingId, String customerId, String accountId, String productCode, String kind,
                              BigDecimal amount, BigDecimal yield, BigDecimal remaining, boolean dailyLiquidity,
                              Instant at) implements HoldingEvent {

    @Override
    public String type() {
        return WealthTopics.HOLDING_REDEEMED;
    }
}
