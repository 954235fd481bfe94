package org.ebank.notification.incentive.adapter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.notification.incentive.application.IncentiveFacts;
import org.ebank.notification.incentive.domain.Referral;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the KPI read model's facts (kpi_enrolment, kpi_staff, kpi_activity, kpi_account). A referrer code counts as the
 * KPIs' referrals do: in lower case, a staff member's at enrolment and not after they left.
 */
@Repository
class R2dbcIncentiveFacts implements IncentiveFacts {

    private static final String STAFF_AT_ENROLMENT = """
            kpi_staff s on s.code = lower(e.referrer_code) and s.enrolled_at <= e.enrolled_at
                        and (s.left_at is null or e.enrolled_at < s.left_at)""";
    private static final String ACTIVATED = """
            select s.code as staff_code, e.customer_id, e.service, e.enrolled_at, first_use.at as activated_at
            from kpi_enrolment e
            join %s
            cross join lateral (select min(a.at) as at from kpi_activity a
                                where a.customer_id = e.customer_id and a.channel = e.service
                                  and a.at >= e.enrolled_at and a.at < e.enrolled_at + interval '30 days') first_use
            where s.branch_code = :branch
              and e.enrolled_at >= :from::timestamptz - interval '30 days' and e.enrolled_at < :to
              and first_use.at >= :from and first_use.at < :to
            order by s.code, first_use.at, e.customer_id""".formatted(STAFF_AT_ENROLMENT);
    private static final String NEW_CUSTOMERS = """
            select e.service, count(*) as n
            from kpi_enrolment e
            left join %s
            where e.enrolled_at >= :from and e.enrolled_at < :to
              and coalesce(s.branch_code, (select a.branch_code from kpi_account a where a.customer_id = e.customer_id
                                           order by a.opened_at, a.account_id limit 1)) = :branch
            group by e.service""".formatted(STAFF_AT_ENROLMENT);

    private final DatabaseClient db;

    R2dbcIncentiveFacts(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Referral> activated(String branch, Instant from, Instant to) {
        return db.sql(ACTIVATED).bind("branch", branch).bind("from", utc(from)).bind("to", utc(to))
                .map(r -> new Referral(r.get("staff_code", String.class), r.get("customer_id", String.class),
                        Channel.valueOf(r.get("service", String.class)), r.get("enrolled_at", OffsetDateTime.class).toInstant(),
                        r.get("activated_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    @Override
    public Mono<Map<Channel, Long>> newCustomers(String branch, Instant from, Instant to) {
        return db.sql(NEW_CUSTOMERS).bind("branch", branch).bind("from", utc(from)).bind("to", utc(to))
                .map(r -> Map.entry(Channel.valueOf(r.get("service", String.class)), r.get("n", Long.class)))
                .all()
                .collect(() -> new EnumMap<Channel, Long>(Channel.class), (counts, e) -> counts.put(e.getKey(), e.getValue()))
                .map(Collections::unmodifiableMap);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
