package org.ebank.platform.outbox;

import java.util.List;
import java.util.UUID;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.events.TraceParent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * Records an event to be published, as part of the caller's transaction. Writing outside a
 * transaction fails loudly: an event without its state change (or the reverse) is the bug the
 * outbox exists to prevent. The event keeps the trace of the request or record that caused it.
 */
public class Outbox {

    private final DatabaseClient db;
    private final CloudEventCodec codec;

    public Outbox(DatabaseClient db, CloudEventCodec codec) {
        this.db = db;
        this.codec = codec;
    }

    /**
     * @param topic   the logical topic, e.g. {@code ebank.account.posting.v1}
     * @param key     the aggregate id that needs ordering; also the CloudEvent subject
     * @param type    the event type, e.g. {@code ebank.account.CustomerRegistered}
     * @param payload a record from the contracts module
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Mono<CloudEvent> append(String topic, String key, String type, Object payload) {
        return TraceParent.current().flatMap(trace -> appendAll(List.of(new Pending(topic, key, type, payload, trace.orElse(null)))))
                .map(events -> events.get(0));
    }

    /** Several events in one statement, in order, each with the trace of its own cause (work done for many callers at once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Mono<List<CloudEvent>> appendAll(List<Pending> pending) {
        if (pending.isEmpty()) {
            return Mono.just(List.of());
        }
        List<CloudEvent> events = pending.stream().map(p -> codec.wrap(UUID.randomUUID(), p.type(), p.key(), p.payload())).toList();
        // ids follow the list's order, so the relay publishes them in that order
        return db.sql("""
                        insert into outbox_event (event_id, topic, event_key, event_type, payload, traceparent)
                        select event_id, topic, event_key, event_type, payload, traceparent
                        from unnest(:eventIds::text[]::uuid[], :topics::text[], :keys::text[], :types::text[], :payloads::text[], :traces::text[])
                             with ordinality as e(event_id, topic, event_key, event_type, payload, traceparent, n)
                        order by n""")
                .bind("eventIds", events.stream().map(CloudEvent::id).toArray(String[]::new))
                .bind("topics", pending.stream().map(Pending::topic).toArray(String[]::new))
                .bind("keys", pending.stream().map(Pending::key).toArray(String[]::new))
                .bind("types", pending.stream().map(Pending::type).toArray(String[]::new))
                .bind("payloads", events.stream().map(codec::write).toArray(String[]::new))
                .bind("traces", pending.stream().map(Pending::traceparent).toArray(String[]::new))
                .fetch().rowsUpdated().thenReturn(events);
    }

    /**
     * An event to append.
     *
     * @param traceparent the W3C trace of the work that caused it, or null
     */
    public record Pending(String topic, String key, String type, Object payload, String traceparent) {
    }
}
