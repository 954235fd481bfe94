package org.ebank.transfer.waiver.domain;

import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.transfer.domain.Transfer;
import org.ebank.transfer.transfer.domain.TransferStatus;

/**
 * A fee as charged: {@code done} when the operation went through (its fee was taken and stays taken), {@code clearing}
 * while an interbank transfer may still come back (returned, it refunds its fee itself).
 *
 * @param operation TRANSFER, CASH_DEPOSIT or CASH_WITHDRAWAL
 */
public record ChargedFee(String id, String customerId, String feeAccountId, String operation, String kind, Channel channel,
                         Money fee, boolean done, boolean clearing) {

    public static ChargedFee of(Transfer t) {
        return new ChargedFee(t.id(), t.customerId(), t.feeAccountId(), "TRANSFER", t.kind().name(), t.channel(), t.fee(),
                t.status() == TransferStatus.COMPLETED || t.status() == TransferStatus.SETTLED,
                t.status() == TransferStatus.PENDING_CLEARING);
    }

    /** Whether staff may give it back now: a fee was taken, the operation went through and cannot come back. */
    public boolean waivable() {
        return fee.isPositive() && done && !clearing;
    }
}
