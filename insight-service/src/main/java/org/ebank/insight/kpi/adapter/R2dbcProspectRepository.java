package org.ebank.insight.kpi.adapter;

import java.time.Instant;
import java.time.ZoneOffset;
import org.ebank.insight.kpi.application.ProspectRepository;
import org.ebank.insight.kpi.domain.Prospect;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcProspectRepository implements ProspectRepository {

    private final DatabaseClient db;

    R2dbcProspectRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Prospect> ranked(String branch, Instant since, int limit) {
        return db.sql("""
                        with %s
                        select * from (
                            select h.customer_id, r.name, r.phone,
                                   exists (select 1 from kpi_account a
                                            where a.customer_id = h.customer_id and a.product = 'CORPORATE') as enterprise,
                                   (select count(*) from kpi_settlement_posting p
                                     where p.enterprise_id = h.customer_id and p.at >= :since) as settlement,
                                   (select count(*) from kpi_transaction t
                                     where t.customer_id = h.customer_id and t.channel = 'COUNTER' and t.at >= :since) as counter,
                                   exists (select 1 from kpi_account a
                                            where a.customer_id = h.customer_id and a.opened_at >= :since) as fresh
                            from home h left join kpi_contact r on r.customer_id = h.customer_id
                            where h.branch_code = :branch
                              and not exists (select 1 from kpi_enrolment e where e.customer_id = h.customer_id)) p
                        order by enterprise and settlement >= :heavy desc, fresh desc, counter desc, settlement desc, customer_id
                        limit :limit""".formatted(R2dbcBranchFacts.HOME))
                .bind("branch", branch).bind("since", since.atOffset(ZoneOffset.UTC)).bind("heavy", Prospect.SETTLEMENT_HEAVY)
                .bind("limit", limit)
                .map(row -> {
                    String phone = row.get("phone", String.class);
                    return new Prospect(row.get("customer_id", String.class), row.get("enterprise", Boolean.class), row.get("name", String.class),
                            phone == null ? "" : phone, row.get("settlement", Long.class), row.get("counter", Long.class),
                            row.get("fresh", Boolean.class));
                })
                .all();
    }

    @Override
    public Mono<String> parentOf(String branch) {
        return db.sql("select parent_code from kpi_branch where code = :code and parent_code is not null").bind("code", branch)
                .map(row -> row.get("parent_code", String.class)).one();
    }
}
