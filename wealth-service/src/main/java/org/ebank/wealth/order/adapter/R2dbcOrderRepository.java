package org.ebank.wealth.order.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.wealth.order.application.OrderRepository;
import org.ebank.wealth.order.domain.OrderRequest;
import org.ebank.wealth.order.domain.PendingOrder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcOrderRepository implements OrderRepository {

    private final DatabaseClient db;

    R2dbcOrderRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> savePending(PendingOrder order) {
        OrderRequest r = order.request();
        return db.sql("""
                        insert into wealth_order (id, customer_id, product_code, account_id, amount, channel, status, created_at)
                        values (:id, :customer, :product, :account, :amount, :channel, 'PENDING', :at)""")
                .bind("id", order.id()).bind("customer", r.customerId()).bind("product", r.productCode())
                .bind("account", r.accountId()).bind("amount", r.amount().amount()).bind("channel", r.channel().name())
                .bind("at", order.placedAt().atOffset(ZoneOffset.UTC)).then();
    }

    @Override
    public Mono<Boolean> settle(String orderId, boolean placed, String failureReason) {
        return db.sql("update wealth_order set status = :status, failure_reason = :reason where id = :id and status = 'PENDING'")
                .bind("status", placed ? "PLACED" : "FAILED").bind("id", orderId).bind("reason", placed ? "" : failureReason)
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Flux<PendingOrder> pendingBefore(Instant before, int limit) {
        return db.sql("""
                        select id, customer_id, product_code, account_id, amount, channel, created_at from wealth_order
                        where status = 'PENDING' and created_at < :before order by created_at limit :limit""")
                .bind("before", before.atOffset(ZoneOffset.UTC)).bind("limit", limit)
                .map(R2dbcOrderRepository::order)
                .all();
    }

    @Override
    public Mono<Recorded> byId(String id) {
        return db.sql("select id, customer_id, product_code, account_id, amount, channel, created_at, status from wealth_order where id = :id")
                .bind("id", id).map(row -> new Recorded(order(row), row.get("status", String.class))).one();
    }

    private static PendingOrder order(Readable row) {
        return new PendingOrder(row.get("id", String.class), new OrderRequest(row.get("customer_id", String.class),
                Channel.valueOf(row.get("channel", String.class)), row.get("product_code", String.class),
                row.get("account_id", String.class), new Money(row.get("amount", BigDecimal.class)), false),
                row.get("created_at", OffsetDateTime.class).toInstant());
    }
}
