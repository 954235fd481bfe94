package org.ebank.transfer.transfer.application;

import java.time.Clock;
import java.time.Instant;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.transfer.quota.application.QuotaBook;
import org.ebank.transfer.transfer.domain.Transfer;
import org.ebank.transfer.transfer.domain.Transfer.Transition;
import org.ebank.transfer.transfer.domain.TransferStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Posts an accepted transfer to the ledger (posting id = transfer id) and records the outcome: money
 * moved (COMPLETED, or PENDING_CLEARING for another bank, free use spent) or not (FAILED, free use and
 * daily limit given back). When the ledger's answer is lost, the transfer stays PENDING and is posted
 * again later: the ledger answers a repeated id with its first result.
 */
@Service
public class PostTransfer {

    private final Ledger ledger;
    private final TransferRepository transfers;
    private final QuotaBook quotas;
    private final Refunds refunds;
    private final TransferEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    public PostTransfer(Ledger ledger, TransferRepository transfers, QuotaBook quotas, Refunds refunds,
                        TransferEvents events, TransactionalOperator tx, Clock clock) {
        this.ledger = ledger;
        this.transfers = transfers;
        this.quotas = quotas;
        this.refunds = refunds;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Transfer> post(Transfer transfer) {
        if (transfer.status() != TransferStatus.PENDING) {
            return Mono.just(transfer);
        }
        return ledger.post(transfer.posting()).flatMap(result -> record(transfer, result));
    }

    private Mono<Transfer> record(Transfer transfer, LedgerResult result) {
        if (result.isUnknown()) {
            return Mono.just(transfer);
        }
        Instant now = clock.instant();
        Transition move = result instanceof LedgerResult.Refused refused ? transfer.refused(refused.refusal().name(), now)
                : transfer.posted(now);
        // only a quote priced with a waiver can have reserved a free use
        Mono<Void> quota = move.to().status() == TransferStatus.FAILED ? refunds.giveBack(transfer)
                : transfer.waiverRule() == null ? Mono.empty() : quotas.consume(transfer.quoteId());
        return tx.transactional(transfers.advance(move.from(), move.to()).flatMap(advanced -> !advanced
                ? transfers.byId(transfer.id())
                : quota.then(events.publish(move)).thenReturn(move.to())));
    }
}
