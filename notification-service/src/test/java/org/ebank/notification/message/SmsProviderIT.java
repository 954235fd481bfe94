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
 * Against SMS and push providers over HTTP (a stand-in the test controls): a provider that fails and recovers
 * delivers once; one that always fails leaves the event parked on the dead-letter topic, counted, not lost; a push goes
 * out once under its message id.
 */
@SpringBootTest
@AutoConfigureObservability(tracing = false)
class SmsProviderIT {

    private static final HttpServer provider = provider();
    private static final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private static final List<String> accepted = new CopyOnWriteArrayList<>();
    private static final List<String> pushed = new CopyOnWriteArrayList<>();
    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, SmsProviderIT.class);
        registry.add("ebank.sms.url", () -> "http://127.0.0.1:" + provider.getAddress().getPort());
        registry.add("ebank.sms.api-key", () -> "test-key");
        registry.add("ebank.push-provider.url", () -> "http://127.0.0.1:" + provider.getAddress().getPort());
        registry.add("ebank.push-provider.api-key", () -> "test-key");
        registry.add("ebank.kafka.retry.max-attempts", () -> "4");
        // the breaker has its own test (ResilienceTest); here it must not open across the two failing providers
        registry.add("resilience4j.circuitbreaker.instances.sms.minimum-number-of-calls", () -> "1000");
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
    @Autowired
    org.springframework.r2dbc.core.DatabaseClient db;

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

    @Test
    void anAppPushGoesToThePushProviderOnceUnderItsMessageIdEvenWhenTheEventComesTwice() {
        Events events = new Events(kafka, codec, topics);
        events.customer("cus-push", "13900000003");
        String event = events.posting("cus-push", "CREDIT", "10.00", "10.00");
        events.resend(AccountTopics.POSTING, "acc-cus-push", event);
        await().atMost(Duration.ofSeconds(30)).until(() -> pushed.stream().anyMatch(p -> p.startsWith("cus-push ")));
        String messageId = db.sql("select id from message where customer_id = 'cus-push'").map(row -> row.get(0, String.class)).one().block();
        assertThat(pushed.stream().filter(p -> p.startsWith("cus-push "))).containsExactly("cus-push " + messageId);
        assertThat(accepted).as("10.00 is below the SMS threshold").doesNotContain("13900000003");
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
            server.createContext("/pushes", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                boolean authorised = "Bearer test-key".equals(exchange.getRequestHeaders().getFirst("Authorization"));
                if (authorised) {
                    pushed.add(body.replaceAll(".*\"customerId\":\"([^\"]+)\".*", "$1") + " "
                            + body.replaceAll(".*\"messageId\":\"([^\"]+)\".*", "$1"));
                }
                exchange.sendResponseHeaders(authorised ? 202 : 401, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
