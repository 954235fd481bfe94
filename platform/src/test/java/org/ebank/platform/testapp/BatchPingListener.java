package org.ebank.platform.testapp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Records each ping once, taking what one poll brought as one batch; tests can make a ping fail a given number of times. */
@Component
public class BatchPingListener {

    public static final String TOPIC = "ebank.platformtest.batchping.v1";

    private final IdempotentConsumer consumer;
    private final DatabaseClient db;
    private final Map<String, AtomicInteger> failuresToInject = new ConcurrentHashMap<>();

    public BatchPingListener(IdempotentConsumer consumer, DatabaseClient db) {
        this.consumer = consumer;
        this.db = db;
    }

    @KafkaListener(topics = "#{@topics.name('" + TOPIC + "')}", groupId = "platform-test-batch-pings", batch = "true")
    void on(List<String> records) {
        consumer.processBatch("batch-pings", records, IdempotentConsumer.eachInTurn(this::record));
    }

    private Mono<Long> record(CloudEvent event) {
        String name = event.data().get("name").asText();
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
