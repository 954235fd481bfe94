package org.ebank.platform.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Deletes what the platform keeps only for a while ({@link RetentionProperties}): published outbox rows, processed-event
 * ids, idempotency keys with their answers. A few rows per statement, each statement its own short transaction, so a
 * sweep never holds many locks or bloats one transaction; an outbox row not yet published is never deleted, however
 * old. Ages are measured on the database's clock, which stamped the rows. One instance of a service sweeps at a time
 * (the lock {@code retention-sweep}); were two to sweep at once, each would delete what the other had not. Counted in
 * {@code ebank_retention_deleted_total{table}}.
 */
public class RetentionSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final DatabaseClient db;
    private final RetentionProperties properties;
    private final MeterRegistry meters;
    private final LockProvider locks;
    private volatile Disposable running;

    public RetentionSweep(DatabaseClient db, RetentionProperties properties, MeterRegistry meters, LockProvider locks) {
        this.db = db;
        this.properties = properties;
        this.meters = meters;
        this.locks = locks;
    }

    /** One sweep of every table: how many rows each lost. */
    public Mono<Map<String, Long>> sweep() {
        Map<String, Long> deleted = new LinkedHashMap<>();
        return Flux.concat(
                        purge("outbox_event", """
                                delete from outbox_event where id = any(array(
                                    select id from outbox_event where published_at < now() - make_interval(secs => :age) order by id limit :batch))""",
                                properties.outbox()),
                        purge("processed_event", """
                                delete from processed_event where ctid = any(array(
                                    select ctid from processed_event where processed_at < now() - make_interval(secs => :age) limit :batch))""",
                                properties.processedEvents()),
                        purge("idempotent_request", """
                                delete from idempotent_request where ctid = any(array(
                                    select ctid from idempotent_request where created_at < now() - make_interval(secs => :age) limit :batch))""",
                                properties.idempotencyKeys()))
                .doOnNext(table -> deleted.put(table.getKey(), table.getValue()))
                .then(Mono.fromSupplier(() -> deleted))
                .doOnNext(counts -> {
                    if (counts.values().stream().anyMatch(n -> n > 0)) {
                        log.info("retention sweep deleted {}", counts);
                    }
                });
    }

    /** A sweep, unless another instance of the service is sweeping or swept less than half a period ago. */
    private Mono<Map<String, Long>> sweepIfNoOtherInstanceIs() {
        LockConfiguration lock = new LockConfiguration(Instant.now(), "retention-sweep", properties.every(), properties.every().dividedBy(2));
        return Mono.usingWhen(Mono.fromCallable(() -> locks.lock(lock)).subscribeOn(Schedulers.boundedElastic()).flatMap(Mono::justOrEmpty),
                held -> sweep(),
                held -> Mono.fromRunnable(held::unlock).subscribeOn(Schedulers.boundedElastic()));
    }

    /** Batch after batch until one comes back short: the rows older than {@code age}, gone. */
    private Mono<Map.Entry<String, Long>> purge(String table, String sql, Duration age) {
        Mono<Long> batch = Mono.defer(() -> db.sql(sql).bind("age", (double) age.toSeconds()).bind("batch", properties.batchSize())
                .fetch().rowsUpdated());
        Counter counter = meters.counter("ebank.retention.deleted", "table", table);
        return batch.expand(rows -> rows < properties.batchSize() ? Mono.empty() : batch)
                .doOnNext(counter::increment)
                .reduce(0L, Long::sum)
                .map(total -> Map.entry(table, total));
    }

    @Override
    public void start() {
        if (properties.enabled()) {
            running = Flux.interval(properties.firstAfter(), properties.every())
                    .onBackpressureDrop()
                    .concatMap(tick -> sweepIfNoOtherInstanceIs().onErrorResume(e -> {
                        log.warn("retention sweep failed, trying again in {}: {}", properties.every(), e.toString());
                        return Mono.empty();
                    }))
                    .subscribe();
        }
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
