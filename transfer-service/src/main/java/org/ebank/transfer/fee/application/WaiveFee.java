package org.ebank.transfer.fee.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.ledger.LedgerClient;
import org.ebank.platform.ledger.LedgerClient.Line;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.application.PostTransfer;
import org.ebank.transfer.transfer.domain.Refusal;
import org.ebank.transfer.transfer.domain.Transfer;
import org.ebank.transfer.transfer.domain.TransferStatus;
import org.ebank.transfer.transfer.persistence.TransferRepository;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Staff give a transfer's fee back by hand (手工减免): once per transfer, audited (who, when, why), announced. */
@Service
public class WaiveFee {

    private final TransferRepository transfers;
    private final LedgerClient ledger;
    private final Outbox outbox;
    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Clock clock;

    public WaiveFee(TransferRepository transfers, LedgerClient ledger, Outbox outbox, DatabaseClient db,
                    TransactionalOperator tx, Clock clock) {
        this.transfers = transfers;
        this.ledger = ledger;
        this.outbox = outbox;
        this.db = db;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<Outcome<ManualWaiver>> waive(String staffId, String transferId, String reason) {
        return transfers.byId(transferId)
                .flatMap(t -> existing(transferId).map(Outcome::ok).switchIfEmpty(Mono.defer(() -> refund(t, staffId, reason))))
                .defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }

    private Mono<Outcome<ManualWaiver>> refund(Transfer t, String staffId, String reason) {
        // a returned transfer's fee came back with it; one still clearing may yet be returned, refunding its fee again
        if (t.fee().isPositive() && t.status() == TransferStatus.PENDING_CLEARING) {
            return Mono.just(Outcome.refused(Refusal.CLEARING_PENDING));
        }
        boolean charged = t.fee().isPositive() && (t.status() == TransferStatus.COMPLETED || t.status() == TransferStatus.SETTLED);
        if (!charged) {
            return Mono.just(Outcome.refused(Refusal.NOTHING_TO_WAIVE));
        }
        Instant now = clock.instant();
        return ledger.post("waive-" + t.id(), "SYSTEM", "FEE_WAIVER", "手续费减免 " + t.id(), List.of(
                        new Line(PostTransfer.FEE_INCOME, "DEBIT", t.fee().toString(), null),
                        new Line(t.feeAccountId(), "CREDIT", t.fee().toString(), "手续费退还")))
                .flatMap(result -> result.status() != LedgerResult.Status.RECORDED
                        ? Mono.error(new IllegalStateException("the ledger did not record the waiver of " + t.id() + ": " + result.reason()))
                        : tx.transactional(db.sql("""
                                        insert into manual_fee_waiver (transfer_id, staff_id, reason, amount, waived_at)
                                        values (:id, :staff, :reason, :amount, :at) on conflict do nothing""")
                                .bind("id", t.id()).bind("staff", staffId).bind("reason", reason).bind("amount", t.fee().amount())
                                .bind("at", now.atOffset(ZoneOffset.UTC)).then()
                                .then(outbox.append(TransferTopics.TRANSFER, t.customerId(), TransferTopics.FEE_WAIVED,
                                        new FeeEvent(t.id(), t.customerId(), t.feeAccountId(), "TRANSFER", t.kind().name(), t.channel(),
                                                t.fee().amount(), java.math.BigDecimal.ZERO.setScale(2), t.fee().amount(), "MANUAL", now)))
                                .then(existing(t.id())).map(Outcome::ok)));
    }

    private Mono<ManualWaiver> existing(String transferId) {
        return db.sql("select transfer_id, staff_id, reason, amount, waived_at from manual_fee_waiver where transfer_id = :id")
                .bind("id", transferId)
                .map(row -> new ManualWaiver(row.get("transfer_id", String.class), row.get("staff_id", String.class),
                        row.get("reason", String.class), row.get("amount", java.math.BigDecimal.class).toPlainString(),
                        row.get("waived_at", java.time.OffsetDateTime.class).toInstant()))
                .one();
    }

    /** A fee given back by hand. */
    public record ManualWaiver(String transferId, String staffId, String reason, String refunded, Instant waivedAt) {
    }
}
