package org.ebank.wealth.suitability.adapter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.wealth.suitability.application.AssessmentRepository;
import org.ebank.wealth.suitability.domain.Suitability;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcAssessmentRepository implements AssessmentRepository {

    private final DatabaseClient db;

    R2dbcAssessmentRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(String customerId, int level, Instant validUntil, Instant at) {
        return db.sql("""
                        insert into risk_assessment (customer_id, level, valid_until, assessed_at) values (:id, :level, :until, :at)
                        on conflict (customer_id) do update set level = excluded.level, valid_until = excluded.valid_until,
                            assessed_at = excluded.assessed_at""")
                .bind("id", customerId).bind("level", level).bind("until", validUntil.atOffset(ZoneOffset.UTC))
                .bind("at", at.atOffset(ZoneOffset.UTC)).then();
    }

    @Override
    public Mono<Suitability.Assessment> of(String customerId) {
        return db.sql("select level, valid_until from risk_assessment where customer_id = :id").bind("id", customerId)
                .map(row -> new Suitability.Assessment(row.get("level", Integer.class),
                        row.get("valid_until", OffsetDateTime.class).toInstant()))
                .one();
    }
}
