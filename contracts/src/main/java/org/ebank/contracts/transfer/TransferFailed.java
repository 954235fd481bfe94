package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/** Nothing moved, and why ({@code failureReason}, e.g. INSUFFICIENT_FUNDS) (TransferFailed). */
public record TransferFailed(String transferId, String customerId, String fromAccountId, @Nullable String toAccountId,
                             String toAccountMasked, String toName, @Nullable String toBankCode, BigDecimal amount,
                             BigDecimal fee, String kind, Channel channel, boolean scheduled, String status,
                             @Nullable String failureReason, Instant at) implements TransferOutcome {

    @Override
    public String type() {
        return TransferTopics.TRANSFER_FAILED;
    }
}
