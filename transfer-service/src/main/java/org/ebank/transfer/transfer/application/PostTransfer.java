package org.ebank.transfer.transfer.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ebank.platform.ledger.LedgerClient;
import org.ebank.platform.ledger.LedgerClient.Line;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.transfer.quota.QuotaBook;
import org.ebank.transfer.transfer.domain.Transfer;
import org.ebank.transfer.transfer.domain.TransferStatus;
import org.ebank.transfer.transfer.persistence.TransferRepository;
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

    public static final String FEE_INCOME = "int-fee-income";
    public static final String CLEARING = "int-interbank-clearing";

    private final LedgerClient ledger;
    private final TransferRepository transfers;
    private final QuotaBook quotas;
    private final Refunds refunds;
    private final TransferEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    public PostTransfer(LedgerClient ledger, TransferRepository transfers, QuotaBook quotas, Refunds refunds,
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
        return ledger.post(transfer.id(), transfer.channel(), "TRANSFER", memo(transfer), lines(transfer))
                .flatMap(result -> record(transfer, result));
    }

    private Mono<Transfer> record(Transfer transfer, LedgerResult result) {
        if (result.status() == LedgerResult.Status.UNKNOWN) {
            return Mono.just(transfer);
        }
        Instant now = clock.instant();
        boolean moved = result.status() == LedgerResult.Status.RECORDED;
        Transfer next = moved
                ? transfer.withStatus(transfer.isInterbank() ? TransferStatus.PENDING_CLEARING : TransferStatus.COMPLETED, null, now)
                : transfer.withStatus(TransferStatus.FAILED, result.reason(), now);
        // only a quote priced with a waiver can have reserved a free use
        Mono<Void> quota = !moved ? refunds.giveBack(transfer)
                : transfer.waiverRule() == null ? Mono.empty() : quotas.consume(transfer.quoteId());
        return tx.transactional(transfers.advance(transfer, next).flatMap(advanced -> !advanced
                ? transfers.byId(transfer.id())
                : quota.then(events.outcome(next)).then(events.fee(next)).thenReturn(next)));
    }

    static List<Line> lines(Transfer t) {
        List<Line> lines = new ArrayList<>();
        String payee = t.toName() + " 尾号" + t.toAccountNumber().substring(Math.max(0, t.toAccountNumber().length() - 4));
        lines.add(new Line(t.fromAccountId(), "DEBIT", t.amount().toString(), "转账给 " + payee));
        lines.add(new Line(t.isInterbank() ? CLEARING : t.toAccountId(), "CREDIT", t.amount().toString(),
                t.isInterbank() ? null : "转账收入"));
        if (t.fee().isPositive()) {
            lines.add(new Line(t.feeAccountId(), "DEBIT", t.fee().toString(), "转账手续费"));
            lines.add(new Line(FEE_INCOME, "CREDIT", t.fee().toString(), null));
        }
        return lines;
    }

    private static String memo(Transfer t) {
        return "转账 " + t.kind() + " " + t.id();
    }
}
