package org.ebank.platform.outbox;

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
        CloudEvent event = codec.wrap(UUID.randomUUID(), type, key, payload);
        return TraceParent.current().flatMap(trace -> {
            var insert = db.sql("""
                            insert into outbox_event (event_id, topic, event_key, event_type, payload, traceparent)
                            values (:eventId, :topic, :key, :type, :payload, :trace)""")
                    .bind("eventId", UUID.fromString(event.id()))
                    .bind("topic", topic)
                    .bind("key", key)
                    .bind("type", type)
                    .bind("payload", codec.write(event));
            return (trace.isPresent() ? insert.bind("trace", trace.get()) : insert.bindNull("trace", String.class))
                    .fetch().rowsUpdated().thenReturn(event);
        });
    }
}
