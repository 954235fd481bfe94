package org.ebank.notification.kpi.adapter;

import java.time.Instant;
import java.time.ZoneOffset;
import org.ebank.contracts.value.Masked;
import org.ebank.notification.kpi.application.ProspectRepository;
import org.ebank.notification.kpi.domain.Prospect;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

@Repository
class R2dbcProspectRepository implements ProspectRepository {

    private final DatabaseClient db;

    R2dbcProspectRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<Prospect> ranked(Instant since, int limit) {
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
                .bind("since", since.atOffset(ZoneOffset.UTC)).bind("heavy", Prospect.SETTLEMENT_HEAVY).bind("limit", limit)
                .map(row -> {
                    String phone = row.get("phone", String.class);
                    return new Prospect(row.get("customer_id", String.class), row.get("name", String.class),
                            phone == null ? "" : Masked.phone(phone), row.get("counter", Long.class), row.get("fresh", Boolean.class));
                })
                .all();
    }
}
