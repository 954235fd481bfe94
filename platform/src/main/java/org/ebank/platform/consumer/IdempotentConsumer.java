package org.ebank.platform.consumer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.events.CloudEventCodec.MalformedEventException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
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
    private final CloudEventCodec codec;

    public IdempotentConsumer(DatabaseClient db, TransactionalOperator tx, ObservationRegistry observations,
                              CloudEventCodec codec) {
        this.db = db;
        this.tx = tx;
        this.observations = observations;
        this.codec = codec;
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

    /**
     * Applies a batch listener's records, each at most once: the effect gets the events not seen before, in order,
     * all in one transaction with one statement recording their ids and one commit. If that fails, each event is
     * applied alone in a transaction of its own, and the first that fails is reported as a
     * {@link BatchListenerFailedException} at its index: the records before it stay done, and it is retried, then parked
     * on the dead-letter topic, as a single record would be. A record that is not a CloudEvent is reported the same
     * way after the ones before it are applied. Blocks: call it on the listener's thread.
     *
     * @param effect applied to a list of new events (one, when an event is applied alone); see {@link #eachInTurn}
     */
    public void processBatch(String consumer, List<String> records, Function<List<CloudEvent>, Mono<?>> effect) {
        List<CloudEvent> events = new ArrayList<>(records.size());
        for (String json : records) {
            try {
                events.add(codec.read(json));
            } catch (MalformedEventException malformed) {
                applyAll(consumer, events, effect);
                throw new BatchListenerFailedException("record " + events.size() + " is not a CloudEvent", malformed, events.size());
            }
        }
        applyAll(consumer, events, effect);
    }

    /** A batch effect that applies {@code effect} to each event in turn, for effects with nothing to gain from batches. */
    public static Function<List<CloudEvent>, Mono<?>> eachInTurn(Function<CloudEvent, Mono<?>> effect) {
        return events -> Flux.fromIterable(events).concatMap(effect).then();
    }

    private void applyAll(String consumer, List<CloudEvent> events, Function<List<CloudEvent>, Mono<?>> effect) {
        if (events.isEmpty()) {
            return;
        }
        try {
            tx.transactional(db.sql("""
                            insert into processed_event (consumer, event_id) select :consumer, id from unnest(:ids::text[]) as id
                            on conflict do nothing returning event_id""")
                    .bind("consumer", consumer)
                    .bind("ids", events.stream().map(CloudEvent::id).toArray(String[]::new))
                    .map(row -> row.get("event_id", String.class)).all()
                    .collect(Collectors.toCollection(HashSet::new))
                    // an event twice in one batch is applied once: its id leaves the set the first time
                    .flatMap(fresh -> Mono.defer(() -> effect.apply(events.stream().filter(event -> fresh.remove(event.id())).toList()))
                            .then()))
                    .block();
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < events.size(); i++) {
                try {
                    process(consumer, events.get(i), event -> effect.apply(List.of(event))).block();
                } catch (RuntimeException failed) {
                    throw new BatchListenerFailedException("event " + events.get(i).id() + " failed", failed, i);
                }
            }
        }
    }
}
