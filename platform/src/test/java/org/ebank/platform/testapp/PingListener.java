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

/** Records each ping once; tests can make a ping fail a given number of times. */
@Component
public class PingListener {

    public static final String TOPIC = "ebank.platformtest.ping.v1";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final DatabaseClient db;
    private final Map<String, AtomicInteger> failuresToInject = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();

    public PingListener(IdempotentConsumer consumer, CloudEventCodec codec, DatabaseClient db) {
        this.consumer = consumer;
        this.codec = codec;
        this.db = db;
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
        return db.sql("insert into widget_seen (event_id, name) values (:id, :name)")
                .bind("id", event.id()).bind("name", name).fetch().rowsUpdated();
    }

    public void failNextAttempts(String name, int times) {
        failuresToInject.put(name, new AtomicInteger(times));
    }
}
