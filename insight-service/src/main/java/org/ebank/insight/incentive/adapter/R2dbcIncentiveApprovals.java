package org.ebank.insight.incentive.adapter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.ebank.insight.incentive.application.IncentiveApprovals;
import org.ebank.insight.incentive.domain.Approval;
import org.ebank.insight.incentive.domain.IncentiveSheet.Amounts;
import org.ebank.insight.incentive.domain.IncentiveSheet;
import org.ebank.insight.incentive.domain.Referral;
import org.ebank.platform.db.Columns;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcIncentiveApprovals implements IncentiveApprovals {

    private static final String SELECT = """
            select status, total, target_reached, submitted_by, submitted_at, approved_by, approved_at from incentive_approval
            where branch_code = :branch and month = :month""";

    private final DatabaseClient db;

    R2dbcIncentiveApprovals(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Approval> find(String branch, YearMonth month) {
        return read(SELECT, branch, month);
    }

    /** A transaction-scoped advisory lock on the branch's month: it holds before the month's first submission exists too. */
    @Override
    public Mono<Approval> lock(String branch, YearMonth month) {
        return db.sql("select pg_advisory_xact_lock(hashtextextended('incentive:' || :branch || ':' || :month, 0))")
                .bind("branch", branch).bind("month", month.toString()).then()
                .then(read(SELECT, branch, month));
    }

    @Override
    public Mono<Approval> submit(IncentiveSheet sheet, String by, Instant at) {
        List<Amounts> amounts = sheet.amounts();
        Mono<Void> header = db.sql("""
                        insert into incentive_approval (branch_code, month, status, total, target_reached, submitted_by, submitted_at)
                        values (:branch, :month, 'SUBMITTED', :total, :reached, :by, :at)
                        on conflict (branch_code, month) do update
                        set total = excluded.total, target_reached = excluded.target_reached, submitted_by = excluded.submitted_by,
                            submitted_at = excluded.submitted_at
                        where incentive_approval.status = 'SUBMITTED'""")
                .bind("branch", sheet.branch()).bind("month", first(sheet.month())).bind("total", sheet.total().amount())
                .bind("reached", sheet.target().reached())
                .bind("by", by).bind("at", at.atOffset(ZoneOffset.UTC)).then();
        Mono<Void> forget = db.sql("delete from incentive_approval_line where branch_code = :branch and month = :month")
                .bind("branch", sheet.branch()).bind("month", first(sheet.month())).then();
        Mono<Void> lines = amounts.isEmpty() ? Mono.empty() : db.sql("""
                        insert into incentive_approval_line (branch_code, month, staff_code, referrals, base, bonus, total)
                        select :branch, :month, * from unnest(:staff::text[], :referrals::text[]::int[], :base::text[]::numeric[],
                                                             :bonus::text[]::numeric[], :total::text[]::numeric[])""")
                .bind("branch", sheet.branch()).bind("month", first(sheet.month()))
                .bind("staff", Columns.of(amounts, Amounts::staffCode))
                .bind("referrals", Columns.of(amounts, a -> String.valueOf(a.referrals())))
                .bind("base", Columns.of(amounts, a -> a.base().toString()))
                .bind("bonus", Columns.of(amounts, a -> a.bonus().toString()))
                .bind("total", Columns.of(amounts, a -> a.total().toString())).then();
        return header.then(forget).then(lines).then(find(sheet.branch(), sheet.month()));
    }

    @Override
    public Mono<Boolean> approve(String branch, YearMonth month, List<Referral> referrals, String by, Instant at) {
        Mono<Long> paid = referrals.isEmpty() ? Mono.just(0L) : db.sql("""
                        insert into incentive_paid (customer_id, service, staff_code, enrolled_at, activated_at, branch_code, month)
                        select customer, service, staff, enrolled, activated, :branch, :month
                        from unnest(:customers::text[], :services::text[], :staff::text[], :enrolled::text[]::timestamptz[],
                                    :activated::text[]::timestamptz[]) as r(customer, service, staff, enrolled, activated)
                        on conflict do nothing""")
                .bind("branch", branch).bind("month", first(month))
                .bind("customers", Columns.of(referrals, Referral::customerId)).bind("services", Columns.of(referrals, r -> r.service().name()))
                .bind("staff", Columns.of(referrals, Referral::staffCode)).bind("enrolled", Columns.of(referrals, r -> r.enrolledAt().toString()))
                .bind("activated", Columns.of(referrals, r -> r.activatedAt().toString()))
                .fetch().rowsUpdated();
        Mono<Long> approved = db.sql("""
                        update incentive_approval set status = 'APPROVED', approved_by = :by, approved_at = :at
                        where branch_code = :branch and month = :month and status = 'SUBMITTED'""")
                .bind("branch", branch).bind("month", first(month)).bind("by", by).bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated();
        // one paid already: nothing is approved (the caller's transaction rolls back)
        return paid.flatMap(n -> n != referrals.size() ? Mono.just(false) : approved.map(updated -> updated == 1));
    }

    private Mono<Approval> read(String sql, String branch, YearMonth month) {
        return db.sql(sql).bind("branch", branch).bind("month", first(month))
                .map(r -> new Header(Approval.Status.valueOf(r.get("status", String.class)), r.get("total", BigDecimal.class),
                        Boolean.TRUE.equals(r.get("target_reached", Boolean.class)), r.get("submitted_by", String.class), r.get("submitted_at", OffsetDateTime.class), r.get("approved_by", String.class),
                        r.get("approved_at", OffsetDateTime.class)))
                .one()
                .flatMap(h -> db.sql("""
                                select staff_code, referrals, base, bonus, total from incentive_approval_line
                                where branch_code = :branch and month = :month order by staff_code collate "C" """)
                        .bind("branch", branch).bind("month", first(month))
                        .map(r -> new Amounts(r.get("staff_code", String.class), r.get("referrals", Integer.class),
                                new Money(r.get("base", BigDecimal.class)), new Money(r.get("bonus", BigDecimal.class)),
                                new Money(r.get("total", BigDecimal.class))))
                        .all().collectList()
                        .map(lines -> new Approval(h.status, lines, new Money(h.total), h.targetReached, h.submittedBy, h.submittedAt.toInstant(),
                                h.approvedBy, h.approvedAt == null ? null : h.approvedAt.toInstant())));
    }

    private static LocalDate first(YearMonth month) {
        return month.atDay(1);
    }

    private record Header(Approval.Status status, BigDecimal total, boolean targetReached, String submittedBy, OffsetDateTime submittedAt, String approvedBy,
                          OffsetDateTime approvedAt) {
    }
}
