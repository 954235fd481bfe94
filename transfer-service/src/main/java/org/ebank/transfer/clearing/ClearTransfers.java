package org.ebank.transfer.clearing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ebank.platform.ledger.LedgerClient;
import org.ebank.platform.ledger.LedgerClient.Line;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.transfer.transfer.application.PostTransfer;
import org.ebank.transfer.transfer.application.Refunds;
import org.ebank.transfer.transfer.application.TransferEvents;
import org.ebank.transfer.transfer.domain.Transfer;
import org.ebank.transfer.transfer.domain.TransferStatus;
import org.ebank.transfer.transfer.persistence.TransferRepository;
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

    public static final String SETTLEMENT = "int-interbank-settlement";

    private final TransferRepository transfers;
    private final ClearingClient clearing;
    private final LedgerClient ledger;
    private final Refunds refunds;
    private final TransferEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    public ClearTransfers(TransferRepository transfers, ClearingClient clearing, LedgerClient ledger, Refunds refunds,
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

    private Mono<Transfer> next(Transfer t, ClearingClient.Status status) {
        return switch (status.status()) {
            case "UNKNOWN" -> clearing.submit(t).thenReturn(t);
            case "SETTLED" -> ledger.post("settle-" + t.id(), "SYSTEM", "INTERBANK_SETTLEMENT", "跨行清算 " + t.id(), List.of(
                            new Line(PostTransfer.CLEARING, "DEBIT", t.amount().toString(), null),
                            new Line(SETTLEMENT, "CREDIT", t.amount().toString(), null)))
                    .flatMap(result -> result.status() == LedgerResult.Status.RECORDED
                            ? finish(t, TransferStatus.SETTLED, null, Mono.empty()) : Mono.just(t));
            case "RETURNED" -> ledger.reverse(t.id(), "return-" + t.id())
                    .flatMap(result -> result.status() == LedgerResult.Status.RECORDED || "ALREADY_REVERSED".equals(result.reason())
                            ? finish(t, TransferStatus.RETURNED, status.reason(), refunds.giveBack(t)) : Mono.just(t));
            default -> Mono.just(t);
        };
    }

    private Mono<Transfer> finish(Transfer t, TransferStatus status, String reason, Mono<Void> alsoInTransaction) {
        Instant now = clock.instant();
        Transfer next = t.withStatus(status, reason, now);
        return tx.transactional(transfers.advance(t, next).flatMap(advanced -> advanced
                ? alsoInTransaction.then(events.outcome(next)).thenReturn(next)
                : transfers.byId(t.id())));
    }
}
