package org.ebank.transfer.transfer.adapter;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.transfer.application.SpendingRepository;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** What each customer moved per channel and day, and whom they have paid before. */
@Repository
public class R2dbcSpendingRepository implements SpendingRepository {

    private final DatabaseClient db;

    public R2dbcSpendingRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The day's total, locked for the caller's transaction: concurrent transfers add up one after another. */
    @Override
    public Mono<Money> lockDay(String customerId, Channel channel, LocalDate day) {
        // the update of a row that exists locks it, as a select for update would, in the same statement
        return db.sql("""
                        insert into daily_total (customer_id, channel, day, amount) values (:customer, :channel, :day, 0)
                        on conflict (customer_id, channel, day) do update set amount = daily_total.amount returning amount""")
                .bind("customer", customerId).bind("channel", channel.name()).bind("day", day)
                .map(row -> new Money(row.get("amount", BigDecimal.class))).one();
    }

    /** What the customer moved on the channel that day, and whether they have paid this payee before: one statement. */
    @Override
    public Mono<Standing> standing(String customerId, Channel channel, LocalDate day, String payee) {
        return db.sql("""
                        select coalesce((select amount from daily_total where customer_id = :customer and channel = :channel
                                         and day = :day), 0) as moved,
                               exists (select 1 from known_payee where customer_id = :customer and payee = :payee) as known""")
                .bind("customer", customerId).bind("channel", channel.name()).bind("day", day).bind("payee", payee)
                .map(row -> new Standing(new Money(row.get("moved", BigDecimal.class)), Boolean.TRUE.equals(row.get("known", Boolean.class))))
                .one();
    }

    @Override
    public Mono<Void> add(String customerId, Channel channel, LocalDate day, BigDecimal amount) {
        return db.sql("update daily_total set amount = amount + :amount where customer_id = :customer and channel = :channel and day = :day")
                .bind("amount", amount).bind("customer", customerId).bind("channel", channel.name()).bind("day", day).then();
    }
}
