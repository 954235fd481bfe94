package org.ebank.transfer.cash;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.ledger.LedgerClient;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.transfer.directory.Card;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.kernel.domain.Money;
import org.ebank.transfer.quota.QuotaBook;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Finishes cash operations whose ledger answer was lost (a crash, a timeout): the same posting is sent
 * again under the operation's id, and the ledger's first answer decides — the money moves once.
 */
@Service
public class RecoverCashOperations {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final DatabaseClient db;
    private final LedgerClient ledger;
    private final QuotaBook quotas;
    private final CashEvents events;
    private final Audit audit;
    private final TransactionalOperator tx;
    private final Clock clock;

    public RecoverCashOperations(DatabaseClient db, LedgerClient ledger, QuotaBook quotas, CashEvents events, Audit audit,
                                 TransactionalOperator tx, Clock clock) {
        this.db = db;
        this.ledger = ledger;
        this.quotas = quotas;
        this.events = events;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Long> recover() {
        return db.sql("select * from cash_operation where status = 'PENDING' and created_at < :before order by created_at limit 100")
                .bind("before", clock.instant().minus(GRACE).atOffset(ZoneOffset.UTC))
                .map(row -> new CashEvents.Recorded(row.get("id", String.class), row.get("customer_id", String.class),
                        row.get("account_id", String.class), row.get("type", String.class), row.get("kind", String.class),
                        row.get("channel", String.class), row.get("region", String.class), row.get("amount", BigDecimal.class),
                        row.get("base_fee", BigDecimal.class), row.get("fee", BigDecimal.class), row.get("waiver_rule", String.class),
                        row.get("created_at", OffsetDateTime.class).toInstant()))
                .all()
                .concatMap(this::repost)
                .count();
    }

    /** The status update claims the operation, so its quota and events happen once even with two recoverers. */
    private Mono<Boolean> repost(CashEvents.Recorded p) {
        Operation type = "DEPOSIT".equals(p.type()) ? Operation.CASH_DEPOSIT : Operation.CASH_WITHDRAWAL;
        Card card = new Card(p.accountId(), p.customerId(), "", "", p.region(), null, 0);
        return ledger.post(p.id(), p.channel(), type.name(), "现金" + (type == Operation.CASH_DEPOSIT ? "存入" : "支取"),
                        CashOperations.lines(card, type, new Money(p.amount()), new Money(p.fee())))
                .filter(result -> result.status() != LedgerResult.Status.UNKNOWN)
                .flatMap(result -> {
                    boolean moved = result.status() == LedgerResult.Status.RECORDED;
                    return tx.transactional(db.sql("update cash_operation set status = :status where id = :id and status = 'PENDING'")
                                    .bind("status", moved ? "COMPLETED" : "FAILED").bind("id", p.id()).fetch().rowsUpdated()
                                    .flatMap(claimed -> claimed == 0 ? Mono.empty()
                                            : (moved ? quotas.consume(p.id()).then(events.recorded(p)) : quotas.release(p.id()))
                                                    .then(audit.record(AuditAction.CASH_OPERATION, p.id(), Map.of("type", p.type(),
                                                            "accountId", p.accountId(), "amount", p.amount().toPlainString(),
                                                            "fee", p.fee().toPlainString(), "region", p.region(), "channel", p.channel(),
                                                            "status", moved ? "COMPLETED" : "FAILED", "finishedBy", "recovery")))))
                            .thenReturn(true);
                });
    }
}
