package org.ebank.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.ebank.platform.db.Listen;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.TraceParent;
import org.ebank.platform.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes outbox rows to Kafka in id order, at least once, on a thread of its own, woken by PostgreSQL as soon as
 * rows commit ({@code LISTEN outbox_event}; a trigger notifies) and looking every poll interval besides.
 *
 * <p>A batch is locked ({@code for update}), sent with the idempotent producer and marked published
 * in one transaction, so two instances never interleave and a failed send leaves the rows for the
 * next try. Rows whose transaction is younger than the oldest transaction still running wait: an
 * older id may yet commit. Writers to one aggregate serialise on its row lock, so id order is commit
 * order per key. While the broker is down rows stay, and go out in order when it returns. Each record carries the
 * {@code traceparent} of the work that wrote it (the relay's own sends are not traced: that would start a new trace).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration BACKLOG_REFRESH = Duration.ofSeconds(5);
    private static final Duration HELD_BACK_RECHECK = Duration.ofMillis(20);

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final KafkaTemplate<String, String> kafka;
    private final Topics topics;
    private final OutboxProperties properties;
    private final Counter published;
    private final AtomicLong backlog = new AtomicLong();
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Disposable listening;
    private volatile long backlogRefreshedAt;

    public OutboxRelay(DatabaseClient db, TransactionalOperator tx, KafkaTemplate<String, String> kafka,
                       Topics topics, OutboxProperties properties, MeterRegistry meters) {
        this.db = db;
        this.tx = tx;
        this.kafka = kafka;
        this.topics = topics;
        this.properties = properties;
        this.published = Counter.builder("ebank.outbox.published").description("Outbox events published to Kafka")
                .register(meters);
        Gauge.builder("ebank.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet published").register(meters);
    }

    /** Publishes one batch; returns how many events went out. */
    public Mono<Integer> relayOnce() {
        return tx.transactional(db.sql("""
                        select id, topic, event_key, payload, traceparent from outbox_event
                        where published_at is null and txid < pg_snapshot_xmin(pg_current_snapshot())
                        order by id limit :limit for update""")
                .bind("limit", properties.batchSize())
                .map((row, meta) -> new PendingEvent(row.get("id", Long.class), row.get("topic", String.class),
                        row.get("event_key", String.class), row.get("payload", String.class), row.get("traceparent", String.class)))
                .all().collectList()
                .publishOn(Schedulers.boundedElastic())
                .flatMap(batch -> batch.isEmpty() ? Mono.just(0) : send(batch).then(markPublished(batch))));
    }

    private Mono<Void> send(List<PendingEvent> batch) {
        return Mono.fromCallable(() -> batch.stream().map(this::send).toArray(CompletableFuture[]::new))
                .flatMap(sends -> Mono.fromFuture(CompletableFuture.allOf(sends)));
    }

    private CompletableFuture<?> send(PendingEvent event) {
        var record = new ProducerRecord<>(topics.name(event.topic()), event.key(), event.payload());
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        if (event.traceparent() != null) {
            record.headers().add(TraceParent.HEADER, event.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return kafka.send(record);
    }

    private Mono<Integer> markPublished(List<PendingEvent> batch) {
        Long[] ids = batch.stream().map(PendingEvent::id).toArray(Long[]::new);
        return db.sql("update outbox_event set published_at = now() where id = any(:ids)")
                .bind("ids", ids).fetch().rowsUpdated()
                .doOnNext(published::increment)
                .thenReturn(batch.size());
    }

    /** Relays until stopped: at once while batches come full, else when woken by a commit or after the poll interval. */
    private void loop() {
        long failures = 0;
        while (running) {
            try {
                refreshBacklog();
                Integer sent = relayOnce().block(properties.sendTimeout());
                failures = 0;
                if (sent == null || sent < properties.batchSize()) {
                    // rows that committed behind an older, still open transaction wait for it: look again shortly
                    long wait = heldBack() ? HELD_BACK_RECHECK.toMillis() : properties.pollInterval().toMillis();
                    wakeUps.tryAcquire(wait, TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failures++;
                long delay = Math.min(100L << Math.min(failures, 10), properties.maxBackoff().toMillis());
                log.warn("outbox relay failed ({} in a row), retrying in {} ms: {}", failures, delay, e.toString());
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Every commit that wrote events wakes the relay (LISTEN; lost, it listens again, and looks once for what it missed). */
    private Disposable listen() {
        return Listen.to(db.getConnectionFactory(), "outbox_event", properties.maxBackoff(), wakeUps::release)
                .subscribe(payload -> wakeUps.release());
    }

    private boolean heldBack() {
        return Boolean.TRUE.equals(db.sql("select exists (select 1 from outbox_event where published_at is null) as waiting")
                .map((row, meta) -> row.get("waiting", Boolean.class)).one().block(properties.sendTimeout()));
    }

    private void refreshBacklog() {
        long now = System.nanoTime();
        if (now - backlogRefreshedAt < BACKLOG_REFRESH.toNanos()) {
            return;
        }
        backlogRefreshedAt = now;
        Long count = db.sql("select count(*) as n from outbox_event where published_at is null")
                .map((row, meta) -> row.get("n", Long.class)).one().block(properties.sendTimeout());
        backlog.set(count == null ? 0 : count);
    }

    @Override
    public void start() {
        if (!properties.relayEnabled()) {
            return;
        }
        running = true;
        listening = listen();
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Disposable current = listening;
        if (current != null) {
            current.dispose();
        }
        Thread relay = thread;
        if (relay != null) {
            wakeUps.release();
            try {
                relay.join(properties.sendTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record PendingEvent(Long id, String topic, String key, String payload, String traceparent) {
    }
}
