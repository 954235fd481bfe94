package org.ebank.transfer.waiver.adapter;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.waiver.application.WaiverRepository;
import org.ebank.transfer.waiver.domain.ChargedFee;
import org.ebank.transfer.waiver.domain.ManualWaiver;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcWaiverRepository implements WaiverRepository {

    private final DatabaseClient db;

    R2dbcWaiverRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<ManualWaiver> byOperation(String operationId) {
        return db.sql("select operation_id, staff_id, reason, amount, waived_at from manual_fee_waiver where operation_id = :id")
                .bind("id", operationId)
                .map(row -> new ManualWaiver(row.get("operation_id", String.class), row.get("staff_id", String.class),
                        row.get("reason", String.class), row.get("amount", BigDecimal.class).toPlainString(),
                        row.get("waived_at", OffsetDateTime.class).toInstant()))
                .one();
    }

    @Override
    public Mono<Boolean> save(ManualWaiver waiver) {
        return db.sql("""
                        insert into manual_fee_waiver (operation_id, staff_id, reason, amount, waived_at)
                        values (:id, :staff, :reason, :amount, :at) on conflict do nothing""")
                .bind("id", waiver.operationId()).bind("staff", waiver.staffId()).bind("reason", waiver.reason())
                .bind("amount", new BigDecimal(waiver.refunded())).bind("at", waiver.waivedAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(inserted -> inserted > 0);
    }

    @Override
    public Mono<ChargedFee> cashFee(String operationId) {
        return db.sql("select id, account_id, customer_id, type, kind, channel, fee, status from cash_operation where id = :id")
                .bind("id", operationId)
                .map(row -> new ChargedFee(operationId, row.get("customer_id", String.class), row.get("account_id", String.class),
                        "CASH_" + row.get("type", String.class), row.get("kind", String.class), Channel.valueOf(row.get("channel", String.class)),
                        new Money(row.get("fee", BigDecimal.class)), "COMPLETED".equals(row.get("status", String.class)), false))
                .one();
    }
}
