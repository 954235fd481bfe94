package org.ebank.notification.kpi.adapter;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.notification.kpi.domain.Prospect;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Customers without e-banking, ranked for branch staff to invite (staff only), from the KPI read model's facts: settlement-heavy
 * first, then new accounts, then by counter transactions, most first.
 */
@RestController
class ProspectsController {

    private static final Duration LOOK_BACK = Duration.ofDays(30);

    private final DatabaseClient db;
    private final Audit audit;
    private final Clock clock;

    ProspectsController(DatabaseClient db, Audit audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/ops/prospects")
    Mono<Map<String, Object>> prospects(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("每页条数须在 1 到 500 之间", "limit must be 1 to 500"));
        }
        return db.sql("""
                        select * from (
                            select c.customer_id, r.name, r.phone,
                                   (select count(*) from kpi_transaction t
                                     where t.customer_id = c.customer_id and t.channel = 'COUNTER' and t.at >= :since) as counter,
                                   exists (select 1 from kpi_account a
                                            where a.customer_id = c.customer_id and a.opened_at >= :since) as fresh
                            from kpi_customer c left join recipient r on r.customer_id = c.customer_id
                            where not exists (select 1 from kpi_enrolment e where e.customer_id = c.customer_id)) p
                        order by counter >= :heavy desc, fresh desc, counter desc, customer_id
                        limit :limit""")
                .bind("since", clock.instant().minus(LOOK_BACK).atOffset(ZoneOffset.UTC))
                .bind("heavy", Prospect.SETTLEMENT_HEAVY).bind("limit", limit)
                .map(row -> new Prospect(row.get("customer_id", String.class), row.get("name", String.class),
                        masked(row.get("phone", String.class)), row.get("counter", Long.class), row.get("fresh", Boolean.class)))
                .all()
                .map(p -> Map.<String, Object>of("customerId", p.customerId(), "name", p.name() == null ? "" : p.name(),
                        "phone", p.maskedPhone(), "counterTransactions30Days", p.counterTransactions30Days(),
                        "newAccount", p.newAccount(), "reasons", p.reasons()))
                .collectList()
                .flatMap(items -> audit.record(AuditAction.PROSPECTS_READ, null, Map.of("customers", String.valueOf(items.size())))
                        .thenReturn(Map.of("items", items)));
    }

    private static String masked(String phone) {
        return phone == null || phone.length() < 7 ? "" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
