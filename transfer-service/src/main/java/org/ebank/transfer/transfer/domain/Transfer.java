package org.ebank.transfer.transfer.domain;

import java.time.Instant;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.kernel.domain.Money;

/** A confirmed transfer. Its id is also the ledger posting id, so it is posted at most once. */
public record Transfer(String id, String quoteId, String customerId, String channel, String fromAccountId,
                       String toAccountId, String toAccountNumber, String toBankCode, String toName, Money amount,
                       String feeAccountId, TransferKind kind, Money baseFee, Money fee, String waiverRule,
                       boolean scheduled, TransferStatus status, String failureReason, Instant createdAt, Instant updatedAt) {

    public static Transfer confirm(String id, Quote quote, Instant now) {
        return new Transfer(id, quote.id(), quote.customerId(), quote.channel(), quote.fromAccountId(), quote.toAccountId(),
                quote.toAccountNumber(), quote.toBankCode(), quote.toName(), quote.amount(), quote.feeAccountId(),
                quote.kind(), quote.fee().baseFee(), quote.fee().fee(),
                quote.fee().waiver() == null ? null : quote.fee().waiver().rule(), quote.scheduled(), TransferStatus.PENDING,
                null, now, now);
    }

    public Transfer withStatus(TransferStatus next, String reason, Instant now) {
        return new Transfer(id, quoteId, customerId, channel, fromAccountId, toAccountId, toAccountNumber, toBankCode, toName,
                amount, feeAccountId, kind, baseFee, fee, waiverRule, scheduled, next, reason, createdAt, now);
    }

    public boolean isInterbank() {
        return kind == TransferKind.INTERBANK;
    }

    public Money waived() {
        return baseFee.minus(fee);
    }
}
