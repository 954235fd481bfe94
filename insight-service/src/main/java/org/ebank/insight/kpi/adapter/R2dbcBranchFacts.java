package org.ebank.insight.kpi.adapter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.ebank.contracts.value.Channel;
import org.ebank.insight.kpi.application.BranchFacts;
import org.ebank.insight.kpi.domain.AtmReview;
import org.ebank.insight.kpi.domain.BranchFigures;
import org.ebank.insight.kpi.domain.Enrolments;
import org.ebank.insight.kpi.domain.Figures;
import org.ebank.insight.kpi.domain.PushFunnel;
import org.ebank.insight.kpi.domain.Tally;
import org.ebank.insight.kpi.domain.TransactionKind;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sums the facts per branch in SQL. A customer's branch is the one that opened their first account (none when that
 * account was opened before accounts recorded their branch); a new e-banking customer a staff member brought (their code
 * at enrolment) is that staff member's branch's.
 */
@Repository
class R2dbcBranchFacts implements BranchFacts {

    static final String HOME = "home as (select customer_id, branch_code from kpi_home where branch_code is not null)";
    private static final String NEW_CUSTOMERS = """
            with %s,
            enrolment as (
                select e.customer_id, e.service, e.enrolled_at, coalesce(s.branch_code, h.branch_code) as branch_code
                from kpi_enrolment e
                left join kpi_staff s on s.code = lower(e.referrer_code) and s.enrolled_at <= e.enrolled_at
                                     and (s.left_at is null or e.enrolled_at < s.left_at)
                left join home h on h.customer_id = e.customer_id
                where e.enrolled_at >= :from and e.enrolled_at < :to)
            select branch_code, service as key, '' as sub, count(*) as n,
                   count(*) filter (where exists (select 1 from kpi_activity a
                       where a.customer_id = enrolment.customer_id and a.channel = enrolment.service
                         and a.at >= enrolment.enrolled_at and a.at < enrolment.enrolled_at + interval '30 days')) as m,
                   0 as amount
            from enrolment where branch_code is not null group by 1, 2""".formatted(HOME);
    private static final String TRANSACTIONS = """
            with %s
            select h.branch_code, t.channel as key, t.kind as sub, count(*) as n, 0 as m, sum(t.amount) as amount
            from kpi_transaction t join home h on h.customer_id = t.customer_id
            where t.at >= :from and t.at < :to group by 1, 2, 3""".formatted(HOME);
    /** What the accounts of e-banking customers hold now, by the accounts' own branch (沉淀资金). */
    private static final String DEPOSITS = """
            select a.branch_code, '' as key, '' as sub, 0 as n, 0 as m, sum(b.balance) as amount
            from kpi_balance b join kpi_account a on a.account_id = b.account_id
            where a.branch_code is not null
              and exists (select 1 from kpi_enrolment e where e.customer_id = a.customer_id and e.enrolled_at < :to)
            group by 1""";
    /** Accounts opened with a card (all but enterprises' settlement accounts). */
    private static final String NEW_CARDS = """
            select branch_code, '' as key, '' as sub, count(*) as n, 0 as m, 0 as amount
            from kpi_account where branch_code is not null and opened_at >= :from and opened_at < :to
              and coalesce(product, '') <> 'CORPORATE'
            group by 1""";

    /** Each ATM's first month, and its transactions per month of the window (none: one row without a month). */
    private static final String ATM_USAGE = """
            select a.device_id, to_char(a.first_at at time zone :zone, 'YYYY-MM') as first_month,
                   to_char(t.at at time zone :zone, 'YYYY-MM') as month, count(t.id) as n
            from kpi_atm a left join kpi_transaction t
                 on t.device_id = a.device_id and t.channel = 'ATM' and t.at >= :from and t.at < :to
            where a.first_at < :to
            group by 1, 2, 3 order by 1""";

    private final DatabaseClient db;

    R2dbcBranchFacts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<List<BranchFigures>> figures(Instant from, Instant to) {
        Map<String, Builder> branches = new TreeMap<>();
        return db.sql("select code, name from kpi_branch").map(r -> new Builder(r.get("code", String.class), r.get("name", String.class)))
                .all().doOnNext(b -> branches.put(b.code, b)).then()
                .then(rows(NEW_CUSTOMERS, from, to, branches, (b, row) -> b.enrolments.put(Channel.valueOf(row.key), new Enrolments(row.n, row.m))))
                .then(rows(TRANSACTIONS, from, to, branches, Builder::transaction))
                .then(rows(DEPOSITS, from, to, branches, (b, row) -> b.deposits = row.amount))
                .then(rows(NEW_CARDS, from, to, branches, (b, row) -> b.newCards = row.n))
                .then(Mono.fromSupplier(() -> branches.values().stream().map(Builder::figures).toList()));
    }

    @Override
    public Flux<AtmReview.Usage> atmUsage(Instant from, Instant to, ZoneId zone) {
        Map<String, AtmReview.Usage> devices = new LinkedHashMap<>();
        return db.sql(ATM_USAGE).bind("from", utc(from)).bind("to", utc(to)).bind("zone", zone.getId())
                .map(r -> {
                    String device = r.get("device_id", String.class);
                    AtmReview.Usage usage = devices.computeIfAbsent(device, d -> new AtmReview.Usage(d,
                            YearMonth.parse(r.get("first_month", String.class)), new HashMap<>()));
                    String month = r.get("month", String.class);
                    if (month != null) {
                        usage.transactions().put(YearMonth.parse(month), ((Number) r.get("n")).longValue());
                    }
                    return device;
                })
                .all().thenMany(Flux.defer(() -> Flux.fromIterable(devices.values())));
    }

    private Mono<Void> rows(String sql, Instant from, Instant to, Map<String, Builder> branches, BiConsumer<Builder, Row> each) {
        var spec = db.sql(sql).bind("to", utc(to));
        return (sql.contains(":from") ? spec.bind("from", utc(from)) : spec)
                .map(r -> new Row(r.get("branch_code", String.class), r.get("key", String.class), r.get("sub", String.class),
                        ((Number) r.get("n")).longValue(), ((Number) r.get("m")).longValue(),
                        new BigDecimal(r.get("amount").toString()).setScale(2)))
                .all()
                .doOnNext(row -> {
                    Builder branch = branches.get(row.branch);
                    if (branch != null) {
                        each.accept(branch, row);
                    }
                })
                .then();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private record Row(String branch, String key, String sub, long n, long m, BigDecimal amount) {
    }

    private static final class Builder {

        private final String code;
        private final String name;
        private final Map<Channel, Enrolments> enrolments = new EnumMap<>(Channel.class);
        private final Map<Channel, Tally> transactions = new HashMap<>();
        private final Map<Channel, Tally> wealthSales = new HashMap<>();
        private BigDecimal deposits = BigDecimal.ZERO.setScale(2);
        private long newCards;

        private Builder(String code, String name) {
            this.code = code;
            this.name = name;
        }

        private void transaction(Row row) {
            Channel channel = Channel.valueOf(row.key);
            Tally tally = new Tally(row.n, row.amount);
            transactions.merge(channel, tally, Tally::plus);
            if (TransactionKind.WEALTH_PURCHASE.name().equals(row.sub)) {
                wealthSales.merge(channel, tally, Tally::plus);
            }
        }

        private BranchFigures figures() {
            Figures figures = new Figures(enrolments, transactions, wealthSales, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                    Map.of(), Map.of(), PushFunnel.NONE);
            return new BranchFigures(code, name, figures, deposits, newCards);
        }
    }
}
