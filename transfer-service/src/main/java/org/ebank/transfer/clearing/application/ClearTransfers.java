package org.ebank.transfer.clearing.application;

import java.time.Clock;
import java.util.List;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.LedgerRefusal;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Channel;
import org.ebank.platform.ledger.Ledger;
import org.ebank.transfer.transfer.application.Refunds;
import org.ebank.transfer.transfer.application.TransferEvents;
import org.ebank.transfer.transfer.application.TransferRepository;
import org.ebank.transfer.transfer.domain.Transfer;
import org.ebank.transfer.transfer.domain.Transfer.Transition;
import org.ebank.transfer.transfer.domain.TransferStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Follows interbank transfers through clearing. Settled: the money leaves the clearing account for the
 * bank's settlement funds. Returned: the original posting is reversed (amount and fee back to the
 * customer), the free use and the day's limit are given back. Each ledger step has an id of its own, so
 * a crash between steps repeats nothing.
 */
@Service
public class ClearTransfers {

    private final TransferRepository transfers;
    private final Clearing clearing;
    private final Ledger ledger;
    private final Refunds refunds;
    private final TransferEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    public ClearTransfers(TransferRepository transfers, Clearing clearing, Ledger ledger, Refunds refunds,
                          TransferEvents events, TransactionalOperator tx, Clock clock) {
        this.transfers = transfers;
        this.clearing = clearing;
        this.ledger = ledger;
        this.refunds = refunds;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Long> follow() {
        return transfers.inStatus(TransferStatus.PENDING_CLEARING, 200)
                .concatMap(t -> clearing.status(t.id()).flatMap(status -> next(t, status)).onErrorResume(e -> Mono.just(t)))
                .filter(t -> t.status() != TransferStatus.PENDING_CLEARING)
                .count();
    }

    private Mono<Transfer> next(Transfer t, Clearing.Status status) {
        return switch (status.status()) {
            case "UNKNOWN" -> clearing.submit(t).thenReturn(t);
            case "SETTLED" -> ledger.post(new PostingRequest("settle-" + t.id(), Channel.SYSTEM, "INTERBANK_SETTLEMENT",
                            "跨行清算 " + t.id(), List.of(Leg.debit(InternalAccounts.INTERBANK_CLEARING, t.amount()),
                            Leg.credit(InternalAccounts.INTERBANK_SETTLEMENT, t.amount()))))
                    .flatMap(result -> result.isRecorded()
                            ? finish(t.settled(clock.instant()), Mono.empty()) : Mono.just(t));
            case "RETURNED" -> ledger.reverse(t.id(), "return-" + t.id())
                    .flatMap(result -> result.isRecorded() || result.isRefused(LedgerRefusal.ALREADY_REVERSED)
                            ? finish(t.returned(status.reason(), clock.instant()), refunds.giveBack(t)) : Mono.just(t));
            default -> Mono.just(t);
        };
    }

    private Mono<Transfer> finish(Transition move, Mono<Void> alsoInTransaction) {
        return tx.transactional(transfers.advance(move.from(), move.to()).flatMap(advanced -> advanced
                ? alsoInTransaction.then(events.publish(move)).thenReturn(move.to())
                : transfers.byId(move.from().id())));
    }
}
