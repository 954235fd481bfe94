package org.ebank.wealth.holding.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.contracts.value.Channel;
import org.ebank.wealth.holding.application.RedemptionRepository;
import org.ebank.wealth.holding.domain.PendingRedemption;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcRedemptionRepository implements RedemptionRepository {

    private final DatabaseClient db;

    R2dbcRedemptionRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> savePending(PendingRedemption r) {
        return db.sql("insert into redemption (id, holding_id, amount, channel, status, created_at) "
                        + "values (:id, :holding, :amount, :channel, 'PENDING', :at)")
                .bind("id", r.id()).bind("holding", r.holdingId()).bind("amount", r.amount()).bind("channel", r.channel().name())
                .bind("at", r.at().atOffset(ZoneOffset.UTC)).then();
    }

    @Override
    public Mono<Boolean> finish(String id, boolean done) {
        return db.sql("update redemption set status = :status where id = :id and status = 'PENDING'")
                .bind("status", done ? "DONE" : "FAILED").bind("id", id).fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Flux<PendingRedemption> pendingBefore(Instant before, int limit) {
        return db.sql("""
                        select id, holding_id, amount, channel, created_at from redemption
                        where status = 'PENDING' and created_at < :before order by created_at limit :limit""")
                .bind("before", before.atOffset(ZoneOffset.UTC)).bind("limit", limit)
                .map(R2dbcRedemptionRepository::redemption)
                .all();
    }

    @Override
    public Mono<Recorded> byId(String id) {
        return db.sql("select id, holding_id, amount, channel, created_at, status from redemption where id = :id").bind("id", id)
                .map(row -> new Recorded(redemption(row), row.get("status", String.class))).one();
    }

    private static PendingRedemption redemption(Readable row) {
        return new PendingRedemption(row.get("id", String.class), row.get("holding_id", String.class),
                row.get("amount", BigDecimal.class), Channel.valueOf(row.get("channel", String.class)),
                row.get("created_at", OffsetDateTime.class).toInstant());
    }
}
