package org.ebank.transfer.cash.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.ledger.Ledger;
import org.ebank.transfer.cash.domain.CashOperation;
import org.ebank.transfer.directory.application.CardDirectory;
import org.ebank.transfer.fee.application.Pricing;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FeeQuote;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.domain.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Cash paid in or taken out at an ATM or counter, as the channel system reports it: same-region cash is
 * free; cross-region cash pays the tariff unless a card benefit (乡情卡, 金晖卡) covers it. The free use
 * is reserved first and spent only if the ledger moves the money.
 */
@Service
public class RecordCash {

    private final CardDirectory cards;
    private final Pricing pricing;
    private final CashRepository operations;
    private final Ledger ledger;
    private final FinishCash finish;
    private final TransactionalOperator tx;
    private final Clock clock;

    RecordCash(CardDirectory cards, Pricing pricing, CashRepository operations, Ledger ledger, FinishCash finish,
               TransactionalOperator tx, Clock clock) {
        this.cards = cards;
        this.pricing = pricing;
        this.operations = operations;
        this.ledger = ledger;
        this.finish = finish;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code requestKey}: the request's Idempotency-Key; the same key again is the same operation, finished once. */
    public Mono<Outcome<CashResult>> record(String systemId, String requestKey, String accountId, Operation type, Money amount,
                                            String region, Channel channel, String deviceId) {
        String id = IdempotentRequests.operationId("cash_", systemId, requestKey);
        return operations.byId(id).flatMap(this::resume)
                .switchIfEmpty(Mono.defer(() -> recordNew(id, systemId, accountId, type, amount, region, channel, deviceId)));
    }

    /**
     * The request again, after its first try lost the ledger's answer or its database: that operation is finished —
     * posted again under its own id, which the ledger records once — never done a second time.
     */
    private Mono<Outcome<CashResult>> resume(CashRepository.Recorded recorded) {
        CashOperation op = recorded.operation();
        Mono<Boolean> moved = switch (recorded.status()) {
            case "PENDING" -> ledger.post(op.posting()).flatMap(result -> finish.finish(op, result, "request"));
            case "COMPLETED" -> Mono.just(true);
            default -> Mono.just(false);
        };
        FeeQuote fee = new FeeQuote(op.baseFee(), op.fee(), op.waiverRule() == null ? null : new Waiver(op.waiverRule(), op.fee(), null),
                null);
        return moved.map(done -> done ? Outcome.ok(new CashResult(op.id(), fee)) : Outcome.refused(Refusal.INSUFFICIENT_FUNDS));
    }

    private Mono<Outcome<CashResult>> recordNew(String id, String systemId, String accountId, Operation type, Money amount,
                                                String region, Channel channel, String deviceId) {
        Instant now = clock.instant();
        return cards.byAccountId(accountId).flatMap(card -> {
            TransferKind kind = card.region().equals(region) ? TransferKind.SAME_REGION : TransferKind.CROSS_REGION;
            FeeContext context = new FeeContext(type, kind, amount, pricing.tariff().baseFee(type, kind, amount), card.facts(),
                    card.facts(), null, false, channel, LocalDate.ofInstant(now, clock.getZone()));
            return tx.transactional(pricing.reserve(context, id, null, now, now.plusSeconds(120)).flatMap(fee -> {
                        CashOperation op = new CashOperation(id, systemId, card.accountId(), card.customerId(), type, kind, amount,
                                region, channel, deviceId, fee.baseFee(), fee.fee(), fee.waiver() == null ? null : fee.waiver().rule(), now);
                        return operations.savePending(op).thenReturn(new Priced(op, fee));
                    }))
                    // the reservation and the PENDING operation are committed before the ledger is asked: a crash in
                    // between leaves the operation for the recovery to finish
                    .flatMap(priced -> ledger.post(priced.op().posting())
                            .flatMap(result -> finish.finish(priced.op(), result, "request"))
                            .map(moved -> moved ? Outcome.ok(new CashResult(id, priced.fee()))
                                    : Outcome.<CashResult>refused(Refusal.INSUFFICIENT_FUNDS)));
        }).defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }

    private record Priced(CashOperation op, FeeQuote fee) {
    }

    /** The operation's id, and the fee with the waiver that lowered it. */
    public record CashResult(String operationId, FeeQuote fee) {
    }
}
