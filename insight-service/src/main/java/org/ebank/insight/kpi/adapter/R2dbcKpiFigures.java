package org.ebank.insight.kpi.adapter;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.ebank.contracts.value.Channel;
import org.ebank.insight.kpi.application.KpiFigures;
import org.ebank.insight.kpi.domain.Enrolments;
import org.ebank.insight.kpi.domain.Figures;
import org.ebank.insight.kpi.domain.Granularity;
import org.ebank.insight.kpi.domain.PushFunnel;
import org.ebank.insight.kpi.domain.Tally;
import org.ebank.insight.kpi.domain.TransactionKind;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sums the facts per period in SQL; activation looks 30 days past each enrolment. Pushes come from the recommender's own
 * log (for pushes the amount column carries the conversions).
 */
@Repository
class R2dbcKpiFigures implements KpiFigures {

    private static final String ENROLMENTS = """
            select to_char(e.enrolled_at at time zone :zone, :format) as period, e.service as key, '' as sub,
                   count(*) as n,
                   count(*) filter (where exists (select 1 from kpi_activity a
                       where a.customer_id = e.customer_id and a.channel = e.service
                         and a.at >= e.enrolled_at and a.at < e.enrolled_at + interval '30 days')) as m,
                   0 as amount
            from kpi_enrolment e where e.enrolled_at >= :from and e.enrolled_at < :to group by 1, 2""";
    private static final String TRANSACTIONS = """
            select to_char(at at time zone :zone, :format) as period, channel as key, kind as sub, count(*) as n, 0 as m,
                   sum(amount) as amount
            from kpi_transaction where at >= :from and at < :to group by 1, 2, 3""";
    private static final String FEES = """
            select to_char(at at time zone :zone, :format) as period, effect as key, coalesce(rule, '') as sub, count(*) as n,
                   0 as m, sum(amount) as amount
            from kpi_fee where at >= :from and at < :to group by 1, 2, 3""";
    private static final String REFERRALS = """
            select to_char(enrolled_at at time zone :zone, :format) as period, lower(referrer_code) as key, service as sub, count(*) as n,
                   0 as m, 0 as amount
            from kpi_enrolment e
            where enrolled_at >= :from and enrolled_at < :to
              and exists (select 1 from kpi_staff s where s.code = lower(e.referrer_code) and s.enrolled_at <= e.enrolled_at
                                                    and (s.left_at is null or e.enrolled_at < s.left_at))
            group by 1, 2, 3""";
    private static final String UNKNOWN_REFERRALS = """
            select referrer_code, service, count(*) as n, min(enrolled_at) as first_at
            from kpi_enrolment e
            where referrer_code is not null and enrolled_at >= :from and enrolled_at < :to
              and not exists (select 1 from kpi_staff s where s.code = lower(e.referrer_code) and s.enrolled_at <= e.enrolled_at
                                                        and (s.left_at is null or e.enrolled_at < s.left_at))
            group by 1, 2 order by 4, 1, 2""";

    private static final String PUSHES = """
            select to_char(p.sent_at at time zone :zone, :format) as period, 'PUSH' as key, '' as sub, count(*) as n,
                   count(p.opened_at) as m, count(p.converted_order_id) as amount
            from kpi_push p
            where p.sent_at >= :from and p.sent_at < :to group by 1""";

    private final DatabaseClient db;
    private final Clock clock;

    R2dbcKpiFigures(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Mono<SortedMap<String, Figures>> byPeriod(Instant from, Instant to, Granularity granularity) {
        String format = granularity == Granularity.DAY ? "YYYY-MM-DD" : "YYYY-MM";
        Map<String, Figures> periods = new HashMap<>();
        return rows(ENROLMENTS, from, to, format, row -> add(periods, row.period, enrolment(row)))
                .then(rows(TRANSACTIONS, from, to, format, row -> add(periods, row.period, transaction(row))))
                .then(rows(FEES, from, to, format, row -> add(periods, row.period, fee(row))))
                .then(rows(REFERRALS, from, to, format, row -> add(periods, row.period, referral(row))))
                .then(rows(PUSHES, from, to, format, row -> add(periods, row.period, pushes(row))))
                .then(Mono.fromSupplier(() -> new TreeMap<>(periods)));
    }

    @Override
    public Flux<UnknownReferral> unknownReferrals(Instant from, Instant to) {
        return db.sql(UNKNOWN_REFERRALS).bind("from", from.atOffset(ZoneOffset.UTC)).bind("to", to.atOffset(ZoneOffset.UTC))
                .map(r -> new UnknownReferral(r.get("referrer_code", String.class), Channel.valueOf(r.get("service", String.class)),
                        r.get("n", Long.class), r.get("first_at", java.time.OffsetDateTime.class).toInstant()))
                .all();
    }

    private Mono<Void> rows(String sql, Instant from, Instant to, String format, Consumer<Row> each) {
        return Flux.defer(() -> db.sql(sql).bind("zone", clock.getZone().getId()).bind("format", format)
                        .bind("from", from.atOffset(ZoneOffset.UTC)).bind("to", to.atOffset(ZoneOffset.UTC))
                        .map(r -> new Row(r.get("period", String.class), r.get("key", String.class), r.get("sub", String.class),
                                r.get("n", Long.class), ((Number) r.get("m")).longValue(),
                                new BigDecimal(r.get("amount").toString()).setScale(2)))
                        .all())
                .doOnNext(each).then();
    }

    private static void add(Map<String, Figures> periods, String period, Figures figures) {
        periods.merge(period, figures, Figures::plus);
    }

    private static Figures enrolment(Row row) {
        return new Figures(Map.of(Channel.valueOf(row.key), new Enrolments(row.n, row.m)), Map.of(), Map.of(), zero(), zero(), Map.of(), Map.of(),
                PushFunnel.NONE);
    }

    private static Figures transaction(Row row) {
        Tally tally = new Tally(row.n, row.amount);
        Channel channel = Channel.valueOf(row.key);
        return new Figures(Map.of(), Map.of(channel, tally),
                TransactionKind.WEALTH_PURCHASE.name().equals(row.sub) ? Map.of(channel, tally) : Map.of(),
                zero(), zero(), Map.of(), Map.of(), PushFunnel.NONE);
    }

    private static Figures fee(Row row) {
        return switch (row.key) {
            case "CHARGED" -> new Figures(Map.of(), Map.of(), Map.of(), row.amount, zero(), Map.of(), Map.of(), PushFunnel.NONE);
            case "REFUNDED" -> new Figures(Map.of(), Map.of(), Map.of(), zero(), row.amount, Map.of(), Map.of(), PushFunnel.NONE);
            default -> new Figures(Map.of(), Map.of(), Map.of(), zero(), zero(), Map.of(row.sub, row.amount), Map.of(),
                    PushFunnel.NONE);
        };
    }

    private static Figures pushes(Row row) {
        return new Figures(Map.of(), Map.of(), Map.of(), zero(), zero(), Map.of(), Map.of(),
                new PushFunnel(row.n, row.m, row.amount.longValue()));
    }

    private static Figures referral(Row row) {
        return new Figures(Map.of(), Map.of(), Map.of(), zero(), zero(), Map.of(), Map.of(row.key, Map.of(Channel.valueOf(row.sub), row.n)),
                PushFunnel.NONE);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private record Row(String period, String key, String sub, long n, long m, BigDecimal amount) {
    }
}
