package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/** The other bank sent the money back, and why; amount and fee are back on the customer's account (TransferReturned). */
public record TransferReturned(String transferId, String customerId, String fromAccountId, @Nullable String toAccountId,
                               String toAccountMasked, String toName, @Nullable String toBankCode, BigDecimal amount,
                               BigDecimal fee, String kind, Channel channel, boolean scheduled, String status,
                               @Nullable String failureReason, Instant at) implements TransferOutcome {

    @Override
    public String type() {
        return TransferTopics.TRANSFER_RETURNED;
    }
}
