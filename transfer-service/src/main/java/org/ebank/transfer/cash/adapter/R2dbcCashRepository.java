package org.ebank.transfer.cash.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.cash.application.CashRepository;
import org.ebank.transfer.cash.domain.CashOperation;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.TransferKind;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcCashRepository implements CashRepository {

    private final DatabaseClient db;

    R2dbcCashRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> savePending(CashOperation op) {
        var spec = db.sql("""
                        insert into cash_operation (id, system_id, account_id, customer_id, type, amount, region, channel, device_id,
                            kind, base_fee, fee, waiver_rule, status, created_at)
                        values (:id, :system, :account, :customer, :type, :amount, :region, :channel, :device, :kind, :baseFee,
                            :fee, :rule, 'PENDING', :at)""")
                .bind("id", op.id()).bind("system", op.systemId()).bind("account", op.accountId())
                .bind("customer", op.customerId()).bind("type", op.typeName()).bind("amount", op.amount().amount())
                .bind("region", op.region()).bind("channel", op.channel().name()).bind("kind", op.kind().name())
                .bind("baseFee", op.baseFee().amount()).bind("fee", op.fee().amount()).bind("at", op.at().atOffset(ZoneOffset.UTC));
        spec = op.deviceId() == null ? spec.bindNull("device", String.class) : spec.bind("device", op.deviceId());
        spec = op.waiverRule() == null ? spec.bindNull("rule", String.class) : spec.bind("rule", op.waiverRule());
        return spec.then();
    }

    @Override
    public Mono<Recorded> byId(String id) {
        return db.sql("select * from cash_operation where id = :id").bind("id", id)
                .map(row -> new Recorded(operation(row), row.get("status", String.class))).one();
    }

    @Override
    public Mono<Boolean> finish(String id, boolean completed) {
        return db.sql("update cash_operation set status = :status where id = :id and status = 'PENDING'")
                .bind("status", completed ? "COMPLETED" : "FAILED").bind("id", id).fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Flux<CashOperation> pendingBefore(Instant before, int limit) {
        return db.sql("select * from cash_operation where status = 'PENDING' and created_at < :before order by created_at limit :limit")
                .bind("before", before.atOffset(ZoneOffset.UTC)).bind("limit", limit)
                .map(R2dbcCashRepository::operation).all();
    }

    private static CashOperation operation(Readable row) {
        String waiver = row.get("waiver_rule", String.class);
        return new CashOperation(row.get("id", String.class), row.get("system_id", String.class),
                row.get("account_id", String.class), row.get("customer_id", String.class),
                "DEPOSIT".equals(row.get("type", String.class)) ? Operation.CASH_DEPOSIT : Operation.CASH_WITHDRAWAL,
                TransferKind.valueOf(row.get("kind", String.class)), new Money(row.get("amount", BigDecimal.class)),
                row.get("region", String.class), Channel.valueOf(row.get("channel", String.class)), row.get("device_id", String.class),
                new Money(row.get("base_fee", BigDecimal.class)), new Money(row.get("fee", BigDecimal.class)), waiver,
                row.get("created_at", OffsetDateTime.class).toInstant());
    }
}
