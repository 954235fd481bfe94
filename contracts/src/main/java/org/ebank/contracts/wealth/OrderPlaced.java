package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/** A purchase went through: its holding is open (OrderPlaced). */
public record OrderPlaced(String orderId, String customerId, String accountId, String productCode, int riskLevel,
                          BigDecimal amount, Channel channel, boolean dailyLiquidity, boolean nightMarket,
                          String status, @Nullable String failureReason, Instant at) implements OrderOutcome {

    @Override
    public String type() {
        return WealthTopics.ORDER_PLACED;
    }
}
