package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/** The money left the customer's account: COMPLETED at this bank, PENDING_CLEARING on its way to another (TransferCompleted). */
public record TransferCompleted(String transferId, String customerId, String fromAccountId, @Nullable String toAccountId,
                                String toAccountMasked, String toName, @Nullable String toBankCode, BigDecimal amount,
                                BigDecimal fee, String kind, Channel channel, boolean scheduled, String status,
                                @Nullable String failureReason, Instant at) implements TransferOutcome {

    @Override
    public String type() {
        return TransferTopics.TRANSFER_COMPLETED;
    }
}
