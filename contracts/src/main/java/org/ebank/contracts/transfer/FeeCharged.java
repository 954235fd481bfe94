package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/** A fee taken from the fee card ({@code fee}), with what was waived of it. */
public record FeeCharged(String referenceId, String customerId, String feeAccountId, String operation, String kind, Channel channel,
                         BigDecimal baseFee, BigDecimal fee, BigDecimal waived, @Nullable String rule, Instant at) implements FeeEvent {

    @Override
    public String type() {
        return TransferTopics.FEE_CHARGED;
    }
}
