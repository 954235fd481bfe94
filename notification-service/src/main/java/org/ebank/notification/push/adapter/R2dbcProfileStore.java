package org.ebank.notification.push.adapter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.notification.push.application.ProfileStore;
import org.ebank.notification.push.application.ProfileStore.Activity;
import org.ebank.notification.push.application.ProfileStore.Balance;
import org.ebank.notification.push.domain.DailyRange;
import org.ebank.notification.push.domain.IdleBalance;
import org.ebank.notification.push.domain.Offer;
import org.ebank.platform.db.Columns;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcProfileStore implements ProfileStore {

    private final DatabaseClient db;

    R2dbcProfileStore(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> offer(Offer o) {
        var spec = db.sql("""
                        insert into push_offer (code, name, risk_level, min_purchase, sold_out, channels, sales_start, sales_end, windows,
                            term_days, expected_yield, night_market)
                        values (:code, :name, :risk, :min, :soldOut, :channels, :start, :end, :windows, :term, :yield, :night)
                        on conflict (code) do update set name = excluded.name, risk_level = excluded.risk_level,
                            min_purchase = excluded.min_purchase, sold_out = excluded.sold_out, channels = excluded.channels,
                            sales_start = excluded.sales_start, sales_end = excluded.sales_end, windows = excluded.windows,
                            term_days = excluded.term_days, expected_yield = excluded.expected_yield, night_market = excluded.night_market""")
                .bind("code", o.code()).bind("name", o.name()).bind("risk", o.riskLevel()).bind("min", o.minPurchase())
                .bind("soldOut", o.soldOut()).bind("channels", String.join(",", o.channels().stream().map(Channel::name).sorted().toList()))
                .bind("windows", String.join(",", o.windows().stream().map(w -> w.from() + "-" + w.to()).toList()))
                .bind("night", o.nightMarket());
        spec = o.salesStart() == null ? spec.bindNull("start", OffsetDateTime.class) : spec.bind("start", utc(o.salesStart()));
        spec = o.salesEnd() == null ? spec.bindNull("end", OffsetDateTime.class) : spec.bind("end", utc(o.salesEnd()));
        spec = o.termDays() == null ? spec.bindNull("term", Integer.class) : spec.bind("term", o.termDays());
        spec = o.expectedYield() == null ? spec.bindNull("yield", BigDecimal.class) : spec.bind("yield", o.expectedYield());
        return spec.then();
    }

    @Override
    public Mono<Void> soldOut(String productCode) {
        return db.sql("update push_offer set sold_out = true where code = :code").bind("code", productCode).then();
    }

    @Override
    public Mono<Void> card(String accountId, String customerId, String product) {
        return db.sql("insert into push_card (account_id, customer_id, product) values (:account, :customer, :product) on conflict do nothing")
                .bind("account", accountId).bind("customer", customerId).bind("product", product).then();
    }

    @Override
    public Mono<Void> balances(List<Balance> balances) {
        if (balances.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into push_balance_day (account_id, customer_id, day, balance, at)
                        select * from unnest(:accounts::text[], :customers::text[], :days::text[]::date[], :balances::text[]::numeric[],
                                             :ats::text[]::timestamptz[])
                        on conflict (account_id, day) do update set balance = excluded.balance, at = excluded.at
                        where push_balance_day.at <= excluded.at""")
                .bind("accounts", Columns.of(balances, Balance::accountId)).bind("customers", Columns.of(balances, Balance::customerId))
                .bind("days", Columns.of(balances, b -> b.day().toString())).bind("balances", Columns.of(balances, b -> b.balance().toPlainString()))
                .bind("ats", Columns.of(balances, b -> b.at().toString())).then();
    }

    @Override
    public Mono<Void> activity(List<Activity> activity) {
        if (activity.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into push_activity_day (customer_id, day, total, evening)
                        select * from unnest(:customers::text[], :days::text[]::date[], :totals::text[]::int[], :evenings::text[]::int[])
                        on conflict (customer_id, day) do update set total = push_activity_day.total + excluded.total,
                            evening = push_activity_day.evening + excluded.evening""")
                .bind("customers", Columns.of(activity, Activity::customerId)).bind("days", Columns.of(activity, a -> a.day().toString()))
                .bind("totals", Columns.of(activity, a -> Integer.toString(a.total())))
                .bind("evenings", Columns.of(activity, a -> Integer.toString(a.evening()))).then();
    }

    @Override
    public Mono<Void> risk(String customerId, int level, Instant validUntil) {
        return db.sql("""
                        insert into push_risk (customer_id, level, valid_until) values (:customer, :level, :until)
                        on conflict (customer_id) do update set level = excluded.level, valid_until = excluded.valid_until""")
                .bind("customer", customerId).bind("level", level).bind("until", utc(validUntil)).then();
    }

    @Override
    public Mono<Void> holding(String customerId, String productCode, BigDecimal change) {
        return db.sql("""
                        insert into push_holding (customer_id, product_code, principal) values (:customer, :product, :change)
                        on conflict (customer_id, product_code) do update set principal = push_holding.principal + excluded.principal""")
                .bind("customer", customerId).bind("product", productCode).bind("change", change).then();
    }

    @Override
    public Flux<String> assessedCustomers(Instant now) {
        return db.sql("select customer_id from push_risk where valid_until > :now order by customer_id").bind("now", utc(now))
                .map(row -> row.get("customer_id", String.class)).all();
    }

    @Override
    public Mono<Facts> facts(String customerId, LocalDate since) {
        Mono<List<IdleBalance.Closing>> closings = db.sql("""
                        select account_id, day, balance from push_balance_day where customer_id = :customer and day >= :since
                        union all
                        select distinct on (account_id) account_id, day, balance from push_balance_day
                         where customer_id = :customer and day < :since order by account_id, day desc""")
                .bind("customer", customerId).bind("since", since)
                .map(row -> new IdleBalance.Closing(row.get("account_id", String.class), row.get("day", LocalDate.class),
                        row.get("balance", BigDecimal.class)))
                .all().collectList();
        Mono<long[]> activity = db.sql("""
                        select coalesce(sum(total), 0) as total, coalesce(sum(evening), 0) as evening from push_activity_day
                        where customer_id = :customer and day >= :since""")
                .bind("customer", customerId).bind("since", since)
                .map(row -> new long[] {((Number) row.get("total")).longValue(), ((Number) row.get("evening")).longValue()}).one();
        Mono<Person> person = db.sql("""
                        select (select string_agg(distinct product, ',') from push_card where customer_id = :customer) as cards,
                               (select string_agg(product_code, ',') from push_holding where customer_id = :customer and principal > 0) as held,
                               r.level, r.valid_until, (select birth_date from recipient where customer_id = :customer) as born
                        from (select 1) one left join push_risk r on r.customer_id = :customer""")
                .bind("customer", customerId)
                .map(row -> new Person(cards(row.get("cards", String.class)), set(row.get("held", String.class)),
                        row.get("level", Integer.class), instant(row.get("valid_until", OffsetDateTime.class)), row.get("born", LocalDate.class)))
                .one();
        return Mono.zip(closings, activity, person).map(t -> new Facts(t.getT1(), t.getT2()[0], t.getT2()[1], t.getT3().cards(),
                t.getT3().riskLevel(), t.getT3().riskValidUntil(), t.getT3().held(), t.getT3().born()));
    }

    private record Person(Set<CardProduct> cards, Set<String> held, Integer riskLevel, Instant riskValidUntil, LocalDate born) {
    }

    @Override
    public Flux<Offer> offers() {
        return db.sql("select * from push_offer order by code")
                .map(row -> new Offer(row.get("code", String.class), row.get("name", String.class), row.get("risk_level", Integer.class),
                        row.get("min_purchase", BigDecimal.class), row.get("sold_out", Boolean.class), channels(row.get("channels", String.class)),
                        instant(row.get("sales_start", OffsetDateTime.class)), instant(row.get("sales_end", OffsetDateTime.class)),
                        windows(row.get("windows", String.class)), row.get("term_days", Integer.class),
                        row.get("expected_yield", BigDecimal.class), row.get("night_market", Boolean.class)))
                .all();
    }

    private static Set<String> set(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(commaSeparated.split(",")));
    }

    private static Set<CardProduct> cards(String commaSeparated) {
        return set(commaSeparated).stream().map(CardProduct::valueOf).collect(Collectors.toSet());
    }

    private static Set<Channel> channels(String commaSeparated) {
        return set(commaSeparated).stream().map(Channel::valueOf).collect(Collectors.toSet());
    }

    private static List<DailyRange> windows(String commaSeparated) {
        return set(commaSeparated).stream().map(DailyRange::parse).toList();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
