package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.value.Channel;

/** Some or all of a fee not taken ({@code waived}, by {@code rule}), or given back by staff (MANUAL). */
public record FeeWaived(String referenceId, String customerId, String feeAccountId, String operation, String kind, Channel channel,
                        BigDecimal baseFee, BigDecimal fee, BigDecimal waived, String rule, Instant at) implements FeeEvent {

    @Override
    public String type() {
        return TransferTopics.FEE_WAIVED;
    }
}
