package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Event;
import org.ebank.contracts.value.Channel;

/**
 * A transfer reached a status, each kind of which is an event of its own ({@link TransferCompleted} for COMPLETED and
 * PENDING_CLEARING, {@link TransferFailed}, {@link TransferSettled}, {@link TransferReturned}); they say the same things,
 * so a reader that treats them alike reads them as this. The payee's account number is masked ({@code 尾号1234});
 * {@code failureReason} is set for FAILED and RETURNED.
 */
public sealed interface TransferOutcome extends Event permits TransferCompleted, TransferFailed, TransferSettled, TransferReturned {

    String transferId();

    String customerId();

    String fromAccountId();

    String toAccountId();

    String toAccountMasked();

    String toName();

    String toBankCode();

    BigDecimal amount();

    BigDecimal fee();

    String kind();

    Channel channel();

    boolean scheduled();

    String status();

    String failureReason();

    Instant at();

    /** The event of a transfer that reached {@code status}. */
    static TransferOutcome of(String transferId, String customerId, String fromAccountId, String toAccountId,
                              String toAccountMasked, String toName, String toBankCode, BigDecimal amount, BigDecimal fee,
                              String kind, Channel channel, boolean scheduled, String status, String failureReason, Instant at) {
        return switch (status) {
            case "COMPLETED", "PENDING_CLEARING" -> new TransferCompleted(transferId, customerId, fromAccountId, toAccountId,
                    toAccountMasked, toName, toBankCode, amount, fee, kind, channel, scheduled, status, failureReason, at);
            case "FAILED" -> new TransferFailed(transferId, customerId, fromAccountId, toAccountId, toAccountMasked, toName,
                    toBankCode, amount, fee, kind, channel, scheduled, status, failureReason, at);
            case "SETTLED" -> new TransferSettled(transferId, customerId, fromAccountId, toAccountId, toAccountMasked, toName,
                    toBankCode, amount, fee, kind, channel, scheduled, status, failureReason, at);
            case "RETURNED" -> new TransferReturned(transferId, customerId, fromAccountId, toAccountId, toAccountMasked, toName,
                    toBankCode, amount, fee, kind, channel, scheduled, status, failureReason, at);
            default -> throw new IllegalArgumentException("no transfer event for status " + status);
        };
    }
}
