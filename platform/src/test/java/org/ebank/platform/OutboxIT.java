package org.ebank.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ebank.infra.FreePort;
import org.ebank.infra.kafka.KafkaBroker;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.outbox.OutboxProperties;
import org.ebank.platform.outbox.OutboxRelay;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testapp.Widgets;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The relay is driven by hand here ({@code relayOnce}), so each step can be observed. */
@SpringBootTest(classes = PlatformTestApp.class, properties = "ebank.outbox.relay-enabled=false")
class OutboxIT {

    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, OutboxIT.class);
    }

    @Autowired
    Widgets widgets;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    DatabaseClient db;
    @Autowired
    TransactionalOperator tx;
    @Autowired
    Topics topics;
    @Autowired
    ObjectMapper mapper;

    @TempDir
    Path brokerDir;

    @BeforeEach
    void drain() {
        while (relay.relayOnce().block() > 0) {
            // publish what earlier tests left
        }
    }

    @Test
    void anOutboxWriteOutsideATransactionFailsLoudly() {
        assertThatThrownBy(() -> outbox.append(Widgets.TOPIC, "k", "t", Map.of()).block())
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(pending()).isZero();
    }

    @Test
    void theStateChangeAndItsEventCommitOrRollBackTogether() {
        widgets.create("commit", "kept").block();
        assertThatThrownBy(() -> widgets.createThenFail("rollback", "lost").block()).hasMessageContaining("on purpose");

        assertThat(count("select count(*) as n from widget where name = 'lost'")).isZero();
        assertThat(count("select count(*) as n from outbox_event where event_key = 'rollback'")).isZero();
        assertThat(count("select count(*) as n from widget where name = 'kept'")).isOne();
        assertThat(count("select count(*) as n from outbox_event where event_key = 'commit'")).isOne();
    }

    @Test
    void everyEventIsPublishedOnceInOrderPerKey() {
        List<String> keys = List.of("acc-1", "acc-2", "acc-3", "acc-4", "acc-5");
        Flux.fromIterable(keys)
                .flatMap(key -> Flux.range(0, 40).concatMap(i -> widgets.create(key, key + "#" + i)), 5)
                .blockLast();

        while (relay.relayOnce().block() > 0) {
            // until the outbox is empty
        }

        List<ConsumerRecord<String, String>> records = TopicReader.read(namespace.bootstrapServers(),
                topics.name(Widgets.TOPIC), 200, r -> keys.contains(r.key()), Duration.ofSeconds(30));
        assertThat(records).hasSize(200);
        for (String key : keys) {
            List<String> names = records.stream().filter(r -> r.key().equals(key)).map(this::widgetName).toList();
            assertThat(names).containsExactlyElementsOf(IntStream.range(0, 40).mapToObj(i -> key + "#" + i).toList());
        }
        assertThat(pending()).isZero();
    }

    @Test
    void aRowWhoseTransactionCommitsLateIsNeverOvertaken() throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var slow = tx.transactional(widgets.create("late", "first")
                        .then(Mono.fromRunnable(inserted::countDown))
                        .then(Mono.fromCallable(() -> release.await(30, TimeUnit.SECONDS))
                                .subscribeOn(Schedulers.boundedElastic())))
                .subscribeOn(Schedulers.boundedElastic()).toFuture();
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();

        widgets.create("late", "second").block();
        assertThat(relay.relayOnce().block()).as("the younger row waits for the older transaction").isZero();

        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        assertThat(relay.relayOnce().block()).isEqualTo(2);
        List<ConsumerRecord<String, String>> records = TopicReader.read(namespace.bootstrapServers(),
                topics.name(Widgets.TOPIC), 2, r -> r.key().equals("late"), Duration.ofSeconds(30));
        assertThat(records).map(this::widgetName).containsExactly("first", "second");
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreKeptAndSentWhenItReturns() {
        int port = FreePort.next();
        int controllerPort = FreePort.next();
        KafkaBroker broker = KafkaBroker.start(brokerDir, port, controllerPort, Map.of());
        KafkaTemplate<String, String> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 2000,
                ProducerConfig.LINGER_MS_CONFIG, 0)));
        OutboxRelay ownRelay = new OutboxRelay(db, tx, template, topics,
                new OutboxProperties(false, 100, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(20)),
                new SimpleMeterRegistry());
        try {
            widgets.create("outage", "before").block();
            assertThat(ownRelay.relayOnce().block()).isEqualTo(1);

            broker.close();
            widgets.create("outage", "during-1").block();
            widgets.create("outage", "during-2").block();
            assertThatThrownBy(() -> ownRelay.relayOnce().block()).as("no broker, no publication");
            assertThat(pending()).isEqualTo(2);

            broker = KafkaBroker.start(brokerDir, port, controllerPort, Map.of());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                    .until(() -> ownRelay.relayOnce().block() == 2);
            assertThat(pending()).isZero();
            List<ConsumerRecord<String, String>> records = TopicReader.read(broker.bootstrapServers(),
                    topics.name(Widgets.TOPIC), 3, r -> r.key().equals("outage"), Duration.ofSeconds(30));
            assertThat(records).map(this::widgetName).containsExactly("before", "during-1", "during-2");
        } finally {
            template.destroy();
            broker.close();
        }
    }

    private String widgetName(ConsumerRecord<String, String> record) {
        try {
            JsonNode event = mapper.readTree(record.value());
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("subject").asText()).isEqualTo(record.key());
            return event.get("data").get("name").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private long pending() {
        return count("select count(*) as n from outbox_event where published_at is null");
    }

    private long count(String sql) {
        return db.sql(sql).map((row, meta) -> row.get("n", Long.class)).one().block();
    }
}
