package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.value.Channel;

/**
 * A fee charged (FeeCharged: {@code fee} &gt; 0) or waived (FeeWaived: {@code waived} by {@code rule}, which is
 * MANUAL for staff waivers). {@code operation} is TRANSFER, CASH_DEPOSIT or CASH_WITHDRAWAL.
 */
public record FeeEvent(String referenceId, String customerId, String feeAccountId, String operation, String kind,
                       Channel channel, BigDecimal baseFee, BigDecimal fee, BigDecimal waived, String rule, Instant at) {
}
