package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ebank.contracts.Event;
import org.ebank.contracts.value.Channel;

/**
 * A fee charged ({@link FeeCharged}: {@code fee} &gt; 0) or waived ({@link FeeWaived}: {@code waived} by {@code rule},
 * which is MANUAL for staff waivers); both tell the whole fee. {@code operation} is TRANSFER, CASH_DEPOSIT or
 * CASH_WITHDRAWAL.
 */
public sealed interface FeeEvent extends Event permits FeeCharged, FeeWaived {

    String referenceId();

    String customerId();

    String feeAccountId();

    String operation();

    String kind();

    Channel channel();

    BigDecimal baseFee();

    BigDecimal fee();

    BigDecimal waived();

    String rule();

    Instant at();

    /** What an operation's fee announces: FeeCharged when some was charged, FeeWaived when some was waived, or both. */
    static List<FeeEvent> of(String referenceId, String customerId, String feeAccountId, String operation, String kind,
                             Channel channel, BigDecimal baseFee, BigDecimal fee, BigDecimal waived, String rule, Instant at) {
        List<FeeEvent> events = new ArrayList<>(2);
        if (fee.signum() > 0) {
            events.add(new FeeCharged(referenceId, customerId, feeAccountId, operation, kind, channel, baseFee, fee, waived, rule, at));
        }
        if (waived.signum() > 0) {
            events.add(new FeeWaived(referenceId, customerId, feeAccountId, operation, kind, channel, baseFee, fee, waived, rule, at));
        }
        return List.copyOf(events);
    }
}
