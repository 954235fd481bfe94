package org.ebank.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testapp.BatchPingListener;
import org.ebank.platform.testapp.PingListener;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = PlatformTestApp.class, properties = "ebank.outbox.relay-enabled=false")
class IdempotentConsumerIT {

    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, IdempotentConsumerIT.class);
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    Topics topics;
    @Autowired
    PingListener listener;
    @Autowired
    BatchPingListener batchListener;
    @Autowired
    DatabaseClient db;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ObjectMapper mapper;

    @Test
    void theSameEventDeliveredTwiceTakesEffectOnce() throws Exception {
        String duplicate = ping("dup", "customer-1");
        send("customer-1", duplicate);
        send("customer-1", duplicate);
        send("customer-1", ping("after-dup", "customer-1"));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("after-dup") == 1);
        assertThat(seen("dup")).isOne();
    }

    @Test
    void aFailingEffectIsRetriedWithBackoffAndAppliedOnce() throws Exception {
        listener.failNextAttempts("flaky", 3);
        send("customer-2", ping("flaky", "customer-2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("flaky") == 1);
        assertThat(deadLetters()).as("recovered, nothing parked").isZero();
    }

    @Test
    void anEffectThatAlwaysFailsIsParkedOnTheDeadLetterTopicAndCounted() throws Exception {
        double before = deadLetters();
        listener.failNextAttempts("doomed", Integer.MAX_VALUE);
        String event = ping("doomed", "customer-3");
        send("customer-3", event);

        var parked = TopicReader.read(namespace.bootstrapServers(), topics.name(PingListener.TOPIC) + ".DLT", 1,
                r -> r.value().equals(event), Duration.ofSeconds(30));
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).key()).isEqualTo("customer-3");
        await().atMost(Duration.ofSeconds(5)).until(() -> deadLetters() == before + 1);
        assertThat(seen("doomed")).isZero();
    }

    @Test
    void aRecordThatIsNotACloudEventIsParkedAtOnce() {
        send("customer-4", "{\"hello\":\"world\"}");
        var parked = TopicReader.read(namespace.bootstrapServers(), topics.name(PingListener.TOPIC) + ".DLT", 1,
                r -> r.value().contains("hello"), Duration.ofSeconds(30));
        assertThat(parked).hasSize(1);
    }

    @Test
    void aBatchTakesEachEventOnceEvenWhenItHoldsAnEventTwiceOrOneSeenBefore() throws Exception {
        String seenBefore = ping("batch-old", "customer-5");
        sendBatch(List.of(seenBefore));
        await().atMost(Duration.ofSeconds(30)).until(() -> seen("batch-old") == 1);
        String twice = ping("batch-twice", "customer-5");
        sendBatch(List.of(seenBefore, twice, ping("batch-a", "customer-5"), twice, ping("batch-b", "customer-5")));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("batch-b") == 1);
        assertThat(List.of(seen("batch-old"), seen("batch-twice"), seen("batch-a"))).containsOnly(1L);
    }

    @Test
    void inABatchAFailingEventIsRetriedAloneAndTheOthersAreTakenOnce() throws Exception {
        batchListener.failNextAttempts("batch-flaky", 2);
        sendBatch(List.of(ping("batch-before-flaky", "customer-6"), ping("batch-flaky", "customer-6"),
                ping("batch-after-flaky", "customer-6")));

        await().atMost(Duration.ofSeconds(30)).until(() -> seen("batch-after-flaky") == 1 && seen("batch-flaky") == 1);
        assertThat(seen("batch-before-flaky")).isOne();
    }

    @Test
    void inABatchAnEventThatAlwaysFailsAndARecordThatIsNotAnEventAreParkedAndTheRestIsTaken() throws Exception {
        batchListener.failNextAttempts("batch-doomed", Integer.MAX_VALUE);
        String doomed = ping("batch-doomed", "customer-7");
        sendBatch(List.of(ping("batch-1", "customer-7"), doomed, ping("batch-2", "customer-7"), "{\"not\":\"an event\"}",
                ping("batch-3", "customer-7")));

        var parked = TopicReader.read(namespace.bootstrapServers(), topics.name(BatchPingListener.TOPIC) + ".DLT", 2,
                r -> true, Duration.ofSeconds(30));
        assertThat(parked).extracting(r -> r.value()).containsExactly(doomed, "{\"not\":\"an event\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> seen("batch-3") == 1);
        assertThat(List.of(seen("batch-1"), seen("batch-2"))).containsOnly(1L);
        assertThat(seen("batch-doomed")).isZero();
    }

    private String ping(String name, String customer) {
        CloudEvent event = codec.wrap(UUID.randomUUID(), "ebank.platformtest.Ping", customer, Map.of("name", name));
        return codec.write(event);
    }

    private void send(String key, String value) {
        try {
            kafka.send(topics.name(PingListener.TOPIC), key, value).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Records sent together, on one partition, so that one poll is likely to bring them as one batch. */
    private void sendBatch(List<String> values) throws Exception {
        List<java.util.concurrent.CompletableFuture<?>> sent = new java.util.ArrayList<>();
        values.forEach(value -> sent.add(kafka.send(topics.name(BatchPingListener.TOPIC), 0, "batch", value)));
        for (var future : sent) {
            future.get();
        }
    }

    private long seen(String name) {
        return db.sql("select count(*) as n from widget_seen where name = :name").bind("name", name)
                .map((row, meta) -> row.get("n", Long.class)).one().block();
    }

    private double deadLetters() {
        var counter = meters.find("ebank.kafka.dead.letters").tag("topic", topics.name(PingListener.TOPIC)).counter();
        return counter == null ? 0 : counter.count();
    }
}
