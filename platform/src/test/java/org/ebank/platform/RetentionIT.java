package org.ebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.ebank.platform.jobs.PostgresLockProvider;
import org.ebank.platform.retention.RetentionProperties;
import org.ebank.platform.retention.RetentionSweep;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The platform's bookkeeping rows go when they are old enough, a few at a time, and nothing that is still needed does. */
@SpringBootTest(classes = PlatformTestApp.class, properties = {"ebank.outbox.relay-enabled=false", "ebank.retention.enabled=false"})
class RetentionIT {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, RetentionIT.class);
    }

    @Autowired
    DatabaseClient db;
    @Autowired
    RetentionSweep configured;

    @Test
    void publishedEventsProcessedIdsAndIdempotencyKeysGoWhenOldEnoughAndPendingEventsNever() {
        for (int i = 0; i < 5; i++) {
            outboxRow(NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(8)));
            processedId(NOW.minus(Duration.ofDays(31)));
        }
        outboxRow(NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)));
        outboxRow(NOW.minus(Duration.ofDays(60)), null);
        processedId(NOW.minus(Duration.ofDays(29)));
        for (int i = 0; i < 3; i++) {
            idempotencyKey(NOW.minus(Duration.ofDays(40)), "DONE");
        }
        idempotencyKey(NOW.minus(Duration.ofDays(45)), "IN_FLIGHT");
        idempotencyKey(NOW.minus(Duration.ofDays(1)), "DONE");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        RetentionSweep sweep = new RetentionSweep(db, new RetentionProperties(true, Duration.ofHours(1), Duration.ofMinutes(1), 2,
                Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(30)), meters, new PostgresLockProvider(db));

        Map<String, Long> deleted = sweep.sweep().block();

        assertThat(deleted).containsExactly(Map.entry("outbox_event", 5L), Map.entry("processed_event", 5L),
                Map.entry("idempotent_request", 4L));
        assertThat(count("select count(*) from outbox_event where topic = 'retention.test'")).as("published yesterday, and pending")
                .isEqualTo(2);
        assertThat(count("select count(*) from outbox_event where topic = 'retention.test' and published_at is null")).isOne();
        assertThat(count("select count(*) from processed_event where consumer = 'retention-test'")).isOne();
        assertThat(count("select count(*) from idempotent_request where scope = 'retention-test'")).isOne();
        assertThat(meters.counter("ebank.retention.deleted", "table", "processed_event").count()).isEqualTo(5);
        assertThat(sweep.sweep().block()).as("a second sweep finds nothing").containsOnly(Map.entry("outbox_event", 0L),
                Map.entry("processed_event", 0L), Map.entry("idempotent_request", 0L));
        assertThat(configured.isRunning()).as("ebank.retention.enabled=false").isFalse();
    }

    private void outboxRow(Instant created, Instant published) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                        insert into outbox_event (event_id, topic, event_key, event_type, payload, created_at, published_at)
                        values (:id, 'retention.test', 'k', 'ebank.test.Old', '{}', :created, :published)""")
                .bind("id", UUID.randomUUID()).bind("created", created);
        (published == null ? insert.bindNull("published", Instant.class) : insert.bind("published", published)).then().block();
    }

    private void processedId(Instant at) {
        db.sql("insert into processed_event (consumer, event_id, processed_at) values ('retention-test', :id, :at)")
                .bind("id", UUID.randomUUID().toString()).bind("at", at).then().block();
    }

    private void idempotencyKey(Instant at, String status) {
        db.sql("""
                        insert into idempotent_request (scope, idempotency_key, request_hash, status, created_at)
                        values ('retention-test', :key, 'h', :status, :at)""")
                .bind("key", UUID.randomUUID().toString()).bind("status", status).bind("at", at).then().block();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }
}
