package org.ebank.transfer.waiver.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.ledger.LedgerClient;
import org.ebank.platform.ledger.LedgerClient.Line;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.ebank.transfer.kernel.domain.Money;
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

/**
 * Staff give a fee back by hand (手工减免), of a transfer or of a cash operation at an ATM or counter: once per
 * operation, audited (who, when, why, and the request), announced.
 */
@Service
public class WaiveFee {

    private static final String CASH = "cash_";

    private final TransferRepository transfers;
    private final LedgerClient ledger;
    private final Outbox outbox;
    private final Audit audit;
    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Clock clock;

    public WaiveFee(TransferRepository transfers, LedgerClient ledger, Outbox outbox, Audit audit, DatabaseClient db,
                    TransactionalOperator tx, Clock clock) {
        this.transfers = transfers;
        this.ledger = ledger;
        this.outbox = outbox;
        this.audit = audit;
        this.db = db;
        this.tx = tx;
        this.clock = clock;
    }

    /** {@code operationId}: a transfer's id, or a cash operation's. */
    public Mono<Outcome<ManualWaiver>> waive(String staffId, String operationId, String reason) {
        Mono<Charged> charged = operationId.startsWith(CASH) ? cashOperation(operationId) : transfers.byId(operationId).map(Charged::of);
        return charged
                .flatMap(c -> existing(operationId).map(Outcome::ok).switchIfEmpty(Mono.defer(() -> refund(c, staffId, reason))))
                .defaultIfEmpty(Outcome.refused(Refusal.UNKNOWN_ACCOUNT));
    }

    private Mono<Outcome<ManualWaiver>> refund(Charged c, String staffId, String reason) {
        // a returned transfer's fee came back with it; one still clearing may yet be returned, refunding its fee again
        if (c.fee().isPositive() && c.clearing()) {
            return Mono.just(Outcome.refused(Refusal.CLEARING_PENDING));
        }
        if (!c.fee().isPositive() || !c.done()) {
            return Mono.just(Outcome.refused(Refusal.NOTHING_TO_WAIVE));
        }
        Instant now = clock.instant();
        return ledger.post("waive-" + c.id(), "SYSTEM", "FEE_WAIVER", "手续费减免 " + c.id(), List.of(
                        new Line(PostTransfer.FEE_INCOME, "DEBIT", c.fee().toString(), null),
                        new Line(c.feeAccountId(), "CREDIT", c.fee().toString(), "手续费退还")))
                .flatMap(result -> result.status() != LedgerResult.Status.RECORDED
                        ? Mono.error(new IllegalStateException("the ledger did not record the waiver of " + c.id() + ": " + result.reason()))
                        : tx.transactional(db.sql("""
                                        insert into manual_fee_waiver (operation_id, staff_id, reason, amount, waived_at)
                                        values (:id, :staff, :reason, :amount, :at) on conflict do nothing""")
                                .bind("id", c.id()).bind("staff", staffId).bind("reason", reason).bind("amount", c.fee().amount())
                                .bind("at", now.atOffset(ZoneOffset.UTC)).fetch().rowsUpdated()
                                .flatMap(inserted -> inserted == 0 ? Mono.empty() : announce(c, reason, now))
                                .then(existing(c.id())).map(Outcome::ok)));
    }

    private Mono<Void> announce(Charged c, String reason, Instant now) {
        return outbox.append(TransferTopics.TRANSFER, c.customerId(), TransferTopics.FEE_WAIVED,
                        new FeeEvent(c.id(), c.customerId(), c.feeAccountId(), c.operation(), c.kind(), c.channel(), c.fee().amount(),
                                BigDecimal.ZERO.setScale(2), c.fee().amount(), "MANUAL", now))
                .then(audit.record(AuditAction.FEE_WAIVED, c.id(), Map.of("operation", c.operation(), "fee", c.fee().toString(),
                        "feeAccountId", c.feeAccountId(), "reason", reason)));
    }

    private Mono<Charged> cashOperation(String id) {
        return db.sql("select id, account_id, customer_id, type, kind, channel, fee, status from cash_operation where id = :id")
                .bind("id", id)
                .map(row -> new Charged(id, row.get("customer_id", String.class), row.get("account_id", String.class),
                        "CASH_" + row.get("type", String.class), row.get("kind", String.class), row.get("channel", String.class),
                        new Money(row.get("fee", BigDecimal.class)), "COMPLETED".equals(row.get("status", String.class)), false))
                .one();
    }

    private Mono<ManualWaiver> existing(String operationId) {
        return db.sql("select operation_id, staff_id, reason, amount, waived_at from manual_fee_waiver where operation_id = :id")
                .bind("id", operationId)
                .map(row -> new ManualWaiver(row.get("operation_id", String.class), row.get("staff_id", String.class),
                        row.get("reason", String.class), row.get("amount", BigDecimal.class).toPlainString(),
                        row.get("waived_at", OffsetDateTime.class).toInstant()))
                .one();
    }

    /** A fee given back by hand; {@code operationId} is the transfer's or the cash operation's. */
    public record ManualWaiver(String operationId, String staffId, String reason, String refunded, Instant waivedAt) {
    }

    /**
     * What was charged: {@code done} when the operation went through (its fee was taken and stays taken), {@code clearing}
     * while an interbank transfer may still come back.
     */
    private record Charged(String id, String customerId, String feeAccountId, String operation, String kind, String channel,
                           Money fee, boolean done, boolean clearing) {

        static Charged of(Transfer t) {
            return new Charged(t.id(), t.customerId(), t.feeAccountId(), "TRANSFER", t.kind().name(), t.channel(), t.fee(),
                    t.status() == TransferStatus.COMPLETED || t.status() == TransferStatus.SETTLED,
                    t.status() == TransferStatus.PENDING_CLEARING);
        }
    }
}
