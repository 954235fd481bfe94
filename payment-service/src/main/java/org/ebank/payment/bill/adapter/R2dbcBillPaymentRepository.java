package org.ebank.payment.bill.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.payment.bill.application.BillPaymentRepository;
import org.ebank.payment.bill.domain.BillPayment;
import org.ebank.payment.bill.domain.BillPaymentStatus;
import org.ebank.platform.db.KeysetPages;
import org.ebank.platform.paging.Keyset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcBillPaymentRepository implements BillPaymentRepository {

    private static final String COLUMNS = "id, customer_id, account_id, biller_code, customer_number, amount, channel, status,"
            + " failure_reason, created_at, updated_at";

    private final DatabaseClient db;

    R2dbcBillPaymentRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insert(BillPayment p) {
        return db.sql("""
                        insert into bill_payment (id, customer_id, account_id, biller_code, customer_number, amount, channel, status,
                                                  created_at, updated_at)
                        values (:id, :customer, :account, :biller, :number, :amount, :channel, :status, :at, :at)
                        on conflict do nothing""")
                .bind("id", p.id()).bind("customer", p.customerId()).bind("account", p.accountId()).bind("biller", p.billerCode())
                .bind("number", p.customerNumber()).bind("amount", p.amount().amount()).bind("channel", p.channel().name())
                .bind("status", p.status().name()).bind("at", p.createdAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<BillPayment> byId(String id) {
        return db.sql("select " + COLUMNS + " from bill_payment where id = :id").bind("id", id)
                .map(R2dbcBillPaymentRepository::payment).one();
    }

    @Override
    public Mono<Boolean> move(BillPayment moved, BillPaymentStatus from) {
        var spec = db.sql("""
                        update bill_payment set status = :to, failure_reason = :reason, updated_at = :at
                        where id = :id and status = :from""")
                .bind("to", moved.status().name()).bind("at", moved.updatedAt().atOffset(ZoneOffset.UTC))
                .bind("id", moved.id()).bind("from", from.name());
        spec = moved.failureReason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", moved.failureReason());
        return spec.fetch().rowsUpdated().map(rows -> rows > 0);
    }

    @Override
    public Mono<Void> tried(String id, Instant at) {
        return db.sql("update bill_payment set updated_at = :at where id = :id and status in ('PENDING', 'HELD', 'CONFIRMED')")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", id).then();
    }

    @Override
    public Flux<BillPayment> unfinishedBefore(Instant before, int limit) {
        return db.sql("select " + COLUMNS + """
                         from bill_payment where status in ('PENDING', 'HELD', 'CONFIRMED') and updated_at < :before
                        order by updated_at limit :limit""")
                .bind("before", before.atOffset(ZoneOffset.UTC)).bind("limit", limit)
                .map(R2dbcBillPaymentRepository::payment).all();
    }

    @Override
    public Flux<BillPayment> ofCustomer(String customerId, Keyset after, int limit) {
        return KeysetPages.after(db.sql("select " + COLUMNS + " from bill_payment where customer_id = :customer and "
                        + KeysetPages.CONDITION + " order by created_at desc, id desc limit :limit"), after)
                .bind("customer", customerId).bind("limit", limit)
                .map(R2dbcBillPaymentRepository::payment).all();
    }

    private static BillPayment payment(Readable row) {
        return new BillPayment(row.get("id", String.class), row.get("customer_id", String.class), row.get("account_id", String.class),
                row.get("biller_code", String.class), row.get("customer_number", String.class),
                new Money(row.get("amount", BigDecimal.class)), Channel.valueOf(row.get("channel", String.class)),
                BillPaymentStatus.valueOf(row.get("status", String.class)), row.get("failure_reason", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(), row.get("updated_at", OffsetDateTime.class).toInstant());
    }
}
