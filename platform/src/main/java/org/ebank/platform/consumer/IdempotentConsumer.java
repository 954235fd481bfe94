package org.ebank.platform.consumer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.util.function.Function;
import org.ebank.platform.events.CloudEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Applies an event's effect at most once per consumer: the event id is recorded in the same
 * transaction as the effect, so a redelivered event (after a crash, a rebalance or an outbox resend)
 * changes nothing.
 */
public class IdempotentConsumer {

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final ObservationRegistry observations;

    public IdempotentConsumer(DatabaseClient db, TransactionalOperator tx, ObservationRegistry observations) {
        this.db = db;
        this.tx = tx;
        this.observations = observations;
    }

    /**
     * @param consumer a name for this effect; one event may feed several effects, each once
     * @return true when the effect ran, false when the event had been processed before
     */
    public Mono<Boolean> process(String consumer, CloudEvent event, Function<CloudEvent, Mono<?>> effect) {
        Observation record = observations.getCurrentObservation();
        return tx.transactional(db.sql("""
                        insert into processed_event (consumer, event_id) values (:consumer, :eventId)
                        on conflict do nothing""")
                .bind("consumer", consumer)
                .bind("eventId", event.id())
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 0
                        ? Mono.just(false)
                        : effect.apply(event).then(Mono.just(true))))
                // the listener's observation (the record's trace) lives on this thread; the effect runs on others
                .contextWrite(context -> record == null ? context : context.put(ObservationThreadLocalAccessor.KEY, record));
    }
}
