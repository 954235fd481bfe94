package org.ebank.platform.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Records each ping once; tests can make a ping fail a given number of times, or have it answered by a widget event. */
@Component
public class PingListener {

    public static final String TOPIC = "ebank.platformtest.ping.v1";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final DatabaseClient db;
    private final Map<String, AtomicInteger> failuresToInject = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();

    private final Widgets widgets;

    public PingListener(IdempotentConsumer consumer, CloudEventCodec codec, DatabaseClient db, Widgets widgets) {
        this.consumer = consumer;
        this.codec = codec;
        this.db = db;
        this.widgets = widgets;
    }

    @KafkaListener(topics = "#{@topics.name('" + TOPIC + "')}", groupId = "platform-test-pings")
    void on(String json) {
        CloudEvent event = codec.read(json);
        consumer.process("pings", event, this::record).block();
    }

    private Mono<Long> record(CloudEvent event) {
        String name = event.data().get("name").asText();
        attempts.incrementAndGet();
        AtomicInteger failures = failuresToInject.get(name);
        if (failures != null && failures.getAndDecrement() > 0) {
            return Mono.error(new IllegalStateException("SMS gateway unavailable (injected)"));
        }
        Mono<Long> seen = db.sql("insert into widget_seen (event_id, name) values (:id, :name)")
                .bind("id", event.id()).bind("name", name).fetch().rowsUpdated();
        // a ping named "echo-…" answers with an event of its own, to follow a trace from one record to the next
        return name.startsWith("echo-") ? seen.flatMap(n -> widgets.create(name, name).thenReturn(n)) : seen;
    }

    public void failNextAttempts(String name, int times) {
        failuresToInject.put(name, new AtomicInteger(times));
    }
}
