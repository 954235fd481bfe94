package org.ebank.notification.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Against an SMS provider over HTTP (a stand-in the test controls): a provider that fails and recovers
 * delivers once; one that always fails leaves the event parked on the dead-letter topic, counted, not lost.
 */
@SpringBootTest
@AutoConfigureObservability(tracing = false)
class SmsProviderIT {

    private static final HttpServer provider = provider();
    private static final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private static final List<String> accepted = new CopyOnWriteArrayList<>();
    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, SmsProviderIT.class);
        registry.add("ebank.sms.url", () -> "http://127.0.0.1:" + provider.getAddress().getPort());
        registry.add("ebank.sms.api-key", () -> "test-key");
        registry.add("ebank.kafka.retry.max-attempts", () -> "4");
    }

    @AfterAll
    static void stop() {
        provider.stop(0);
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    Topics topics;
    @Autowired
    MeterRegistry meters;

    @Test
    void aProviderThatFailsThreeTimesThenRecoversDeliversOnce() {
        Events events = new Events(kafka, codec, topics);
        events.customer("cus-flaky", "13900000001");
        failuresLeft.put("13900000001", new AtomicInteger(3));
        events.posting("cus-flaky", "DEBIT", "900.00", "100.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> accepted.contains("13900000001"));
        assertThat(accepted.stream().filter("13900000001"::equals)).hasSize(1);
    }

    @Test
    void aProviderThatAlwaysFailsParksTheEventOnTheDeadLetterTopicVisibleInMetrics() {
        Events events = new Events(kafka, codec, topics);
        events.customer("cus-down", "13900000002");
        failuresLeft.put("13900000002", new AtomicInteger(Integer.MAX_VALUE));
        String event = events.posting("cus-down", "DEBIT", "900.00", "100.00");
        var parked = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.POSTING) + ".DLT", 1,
                r -> r.value().equals(event), Duration.ofSeconds(60));
        assertThat(parked).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            var counter = meters.find("ebank.kafka.dead.letters").tag("topic", topics.name(AccountTopics.POSTING)).counter();
            return counter != null && counter.count() >= 1;
        });
        assertThat(accepted).doesNotContain("13900000002");
    }

    private static HttpServer provider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/messages", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String phone = body.replaceAll(".*\"phone\":\"(\\d+)\".*", "$1");
                boolean authorised = "Bearer test-key".equals(exchange.getRequestHeaders().getFirst("Authorization"));
                AtomicInteger failures = failuresLeft.get(phone);
                boolean fail = !authorised || (failures != null && failures.getAndDecrement() > 0);
                if (!fail) {
                    accepted.add(phone);
                }
                exchange.sendResponseHeaders(fail ? 503 : 202, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
