package org.ebank.transfer.transfer.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.Event;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.transfer.TransferOutcome;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Masked;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.TransferKind;

/**
 * A confirmed transfer, and the only place its status changes. Its id is also the ledger posting id, so it is posted at
 * most once. The states:
 *
 * <pre>
 *  PENDING ─┬─ posted, same bank ──▶ COMPLETED
 *           ├─ posted, other bank ─▶ PENDING_CLEARING ─┬─ settled ──▶ SETTLED
 *           │                                          └─ returned ─▶ RETURNED (amount and fee back)
 *           └─ refused ────────────▶ FAILED (nothing moved)
 * </pre>
 *
 * Each move returns a {@link Transition}: the transfer before and after, and the events it causes.
 */
public record Transfer(String id, String quoteId, String customerId, Channel channel, String fromAccountId,
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

    /** The ledger recorded the posting: the money moved here, or left for the other bank through clearing. */
    public Transition posted(Instant now) {
        return move(Set.of(TransferStatus.PENDING), isInterbank() ? TransferStatus.PENDING_CLEARING : TransferStatus.COMPLETED,
                null, now);
    }

    /** The ledger refused the posting ({@code reason}, e.g. INSUFFICIENT_FUNDS): nothing moved. */
    public Transition refused(String reason, Instant now) {
        return move(Set.of(TransferStatus.PENDING), TransferStatus.FAILED, reason, now);
    }

    /** The other bank took the money. */
    public Transition settled(Instant now) {
        return move(Set.of(TransferStatus.PENDING_CLEARING), TransferStatus.SETTLED, null, now);
    }

    /** The other bank sent it back ({@code reason}, e.g. the account is closed): amount and fee come back. */
    public Transition returned(String reason, Instant now) {
        return move(Set.of(TransferStatus.PENDING_CLEARING), TransferStatus.RETURNED, reason, now);
    }

    public boolean isInterbank() {
        return kind == TransferKind.INTERBANK;
    }

    public Money waived() {
        return baseFee.minus(fee);
    }

    /**
     * The ledger posting that moves it, under the transfer's id: the amount from the payer to the payee (or to clearing,
     * for another bank), and the fee from the fee card to the bank's fee income.
     */
    public PostingRequest posting() {
        List<Leg> legs = new ArrayList<>();
        legs.add(Leg.debit(fromAccountId, amount, "转账给 " + toName + " " + Masked.accountTail(toAccountNumber)));
        legs.add(isInterbank() ? Leg.credit(InternalAccounts.INTERBANK_CLEARING, amount) : Leg.credit(toAccountId, amount, "转账收入"));
        if (fee.isPositive()) {
            legs.add(Leg.debit(feeAccountId, fee, "转账手续费"));
            legs.add(Leg.credit(InternalAccounts.FEE_INCOME, fee));
        }
        return new PostingRequest(id, channel, "TRANSFER", "转账 " + kind + " " + id, legs);
    }

    /** The fee as FeeCharged and FeeWaived tell it. */
    public List<FeeEvent> feeEvents() {
        return FeeEvent.of(id, customerId, feeAccountId, "TRANSFER", kind.name(), channel, baseFee.amount(), fee.amount(),
                waived().amount(), waiverRule, updatedAt);
    }

    private Transition move(Set<TransferStatus> from, TransferStatus to, String reason, Instant now) {
        if (!from.contains(status)) {
            throw new IllegalStateException("transfer " + id + " cannot go from " + status + " to " + to);
        }
        Transfer next = new Transfer(id, quoteId, customerId, channel, fromAccountId, toAccountId, toAccountNumber, toBankCode,
                toName, amount, feeAccountId, kind, baseFee, fee, waiverRule, scheduled, to, reason, createdAt, now);
        return new Transition(this, next, next.events());
    }

    /** What the move to this transfer's status announces: the outcome, and for money that moved, its fee. */
    private List<Event> events() {
        List<Event> events = new ArrayList<>();
        events.add(TransferOutcome.of(id, customerId, fromAccountId, toAccountId, Masked.accountTail(toAccountNumber), toName,
                toBankCode, amount.amount(), fee.amount(), kind.name(), channel, scheduled, status.name(), failureReason, updatedAt));
        if (status == TransferStatus.COMPLETED || status == TransferStatus.PENDING_CLEARING) {
            events.addAll(feeEvents());
        }
        return List.copyOf(events);
    }

    /** A move of a transfer: before, after, and the events to publish with it, in order (all on the transfer topic). */
    public record Transition(Transfer from, Transfer to, List<Event> events) {
    }
}
