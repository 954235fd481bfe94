package org.ebank.insight.incentive.adapter;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.ebank.contracts.value.Channel;
import org.ebank.insight.incentive.application.IncentiveFacts;
import org.ebank.insight.incentive.domain.Referral;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * Reads the KPI read model's facts (kpi_enrolment, kpi_staff, kpi_activity) and what approvals paid (incentive_paid). A
 * referrer code counts as the KPIs' referrals do: in lower case, a staff member's at enrolment and not after they left.
 */
@Repository
class R2dbcIncentiveFacts implements IncentiveFacts {

    /** A year back is as far as a late referral is looked for. */
    private static final String PAYABLE = """
            select s.code as staff_code, e.customer_id, e.service, e.enrolled_at, first_use.at as activated_at
            from kpi_enrolment e
            join kpi_staff s on s.code = lower(e.referrer_code) and s.enrolled_at <= e.enrolled_at
                            and (s.left_at is null or e.enrolled_at < s.left_at)
            cross join lateral (select min(a.at) as at from kpi_activity a
                                where a.customer_id = e.customer_id and a.channel = e.service
                                  and a.at >= e.enrolled_at and a.at < e.enrolled_at + interval '30 days') first_use
            where s.branch_code = :branch
              and e.enrolled_at >= :from::timestamptz - interval '1 year' and e.enrolled_at < :to
              and first_use.at < :to
              and (first_use.at >= :from
                   or exists (select 1 from incentive_approval ap
                              where ap.branch_code = s.branch_code and ap.status = 'APPROVED'
                                and ap.month = date_trunc('month', first_use.at at time zone :zone)::date))
              and not exists (select 1 from incentive_paid p where p.customer_id = e.customer_id and p.service = e.service)
            order by s.code, first_use.at, e.customer_id""";
    private static final String PAID = """
            select staff_code, customer_id, service, enrolled_at, activated_at from incentive_paid
            where branch_code = :branch and month = :month
            order by staff_code, activated_at, customer_id""";

    private final DatabaseClient db;
    private final Clock clock;

    R2dbcIncentiveFacts(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Flux<Referral> payable(String branch, Instant from, Instant to) {
        return db.sql(PAYABLE).bind("branch", branch).bind("from", utc(from)).bind("to", utc(to)).bind("zone", clock.getZone().getId())
                .map(R2dbcIncentiveFacts::referral).all();
    }

    @Override
    public Flux<Referral> paid(String branch, YearMonth month) {
        return db.sql(PAID).bind("branch", branch).bind("month", month.atDay(1)).map(R2dbcIncentiveFacts::referral).all();
    }

    private static Referral referral(io.r2dbc.spi.Readable r) {
        return new Referral(r.get("staff_code", String.class), r.get("customer_id", String.class), Channel.valueOf(r.get("service", String.class)),
                r.get("enrolled_at", OffsetDateTime.class).toInstant(), r.get("activated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
