package org.ebank.wealth.suitability;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import org.ebank.contracts.wealth.RiskAssessed;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.outbox.Outbox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Each customer's latest risk assessment, announced (RiskAssessed) in the transaction that records it. */
@Repository
public class Assessments {

    private final DatabaseClient db;
    private final Outbox outbox;
    private final TransactionalOperator tx;

    public Assessments(DatabaseClient db, Outbox outbox, TransactionalOperator tx) {
        this.db = db;
        this.outbox = outbox;
        this.tx = tx;
    }

    public Mono<Void> save(String customerId, int level, Instant validUntil, Instant at) {
        return tx.transactional(db.sql("""
                        insert into risk_assessment (customer_id, level, valid_until, assessed_at) values (:id, :level, :until, :at)
                        on conflict (customer_id) do update set level = excluded.level, valid_until = excluded.valid_until,
                            assessed_at = excluded.assessed_at""")
                .bind("id", customerId).bind("level", level).bind("until", validUntil.atOffset(ZoneOffset.UTC))
                .bind("at", at.atOffset(ZoneOffset.UTC)).then()
                .then(outbox.append(WealthTopics.CUSTOMER, customerId, WealthTopics.RISK_ASSESSED,
                        new RiskAssessed(customerId, level, validUntil, at)))).then();
    }

    public Mono<Suitability.Assessment> of(String customerId) {
        return db.sql("select level, valid_until from risk_assessment where customer_id = :id").bind("id", customerId)
                .map(row -> new Suitability.Assessment(row.get("level", Integer.class),
                        row.get("valid_until", OffsetDateTime.class).toInstant()))
                .one();
    }
}
