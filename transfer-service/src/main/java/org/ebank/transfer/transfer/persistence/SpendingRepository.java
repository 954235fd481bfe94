package org.ebank.transfer.transfer.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ebank.transfer.fee.domain.Money;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** What each customer moved per channel and day, and whom they have paid before. */
@Repository
public class SpendingRepository {

    private final DatabaseClient db;

    public SpendingRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Money> movedOn(String customerId, String channel, LocalDate day) {
        return db.sql("select amount from daily_total where customer_id = :customer and channel = :channel and day = :day")
                .bind("customer", customerId).bind("channel", channel).bind("day", day)
                .map(row -> new Money(row.get("amount", BigDecimal.class))).one().defaultIfEmpty(Money.ZERO);
    }

    /** The day's total, locked for the caller's transaction: concurrent transfers add up one after another. */
    public Mono<Money> lockDay(String customerId, String channel, LocalDate day) {
        return db.sql("insert into daily_total (customer_id, channel, day, amount) values (:customer, :channel, :day, 0) on conflict do nothing")
                .bind("customer", customerId).bind("channel", channel).bind("day", day).then()
                .then(db.sql("select amount from daily_total where customer_id = :customer and channel = :channel and day = :day for update")
                        .bind("customer", customerId).bind("channel", channel).bind("day", day)
                        .map(row -> new Money(row.get("amount", BigDecimal.class))).one());
    }

    public Mono<Void> add(String customerId, String channel, LocalDate day, BigDecimal amount) {
        return db.sql("update daily_total set amount = amount + :amount where customer_id = :customer and channel = :channel and day = :day")
                .bind("amount", amount).bind("customer", customerId).bind("channel", channel).bind("day", day).then();
    }

    public Mono<Boolean> knows(String customerId, String payee) {
        return db.sql("select 1 from known_payee where customer_id = :customer and payee = :payee")
                .bind("customer", customerId).bind("payee", payee).map(row -> true).one().defaultIfEmpty(false);
    }

    public Mono<Void> remember(String customerId, String payee) {
        return db.sql("insert into known_payee (customer_id, payee) values (:customer, :payee) on conflict do nothing")
                .bind("customer", customerId).bind("payee", payee).then();
    }
}
