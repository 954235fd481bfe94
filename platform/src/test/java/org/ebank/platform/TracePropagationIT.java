package org.ebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testapp.PingListener;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testapp.Widgets;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A trace crosses the outbox: from an HTTP request to its event, and from a consumed record to the event its effect wrote. */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ebank.security.public-paths=/api/v1/public/**")
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationIT {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, TracePropagationIT.class);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    Topics topics;

    @Test
    void anEventCarriesTheTraceOfTheRequestThatWroteIt() {
        web.post().uri("/api/v1/public/widgets/traced").header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01").exchange()
                .expectStatus().isCreated();

        assertThat(traceparentOfWidget("traced")).startsWith("00-" + TRACE + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void anEventWrittenWhileConsumingARecordCarriesThatRecordsTrace() throws Exception {
        String trace = UUID.randomUUID().toString().replace("-", "");
        var ping = new ProducerRecord<>(topics.name(PingListener.TOPIC), "echo-1",
                codec.write(codec.wrap(UUID.randomUUID(), "ebank.platformtest.Ping", "echo-1", java.util.Map.of("name", "echo-1"))));
        ping.headers().add("traceparent", ("00-" + trace + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        kafka.send(ping).get();

        assertThat(traceparentOfWidget("echo-1")).startsWith("00-" + trace + "-");
    }

    @Test
    void theLogLineOfAFailedRequestCarriesItsTraceId(CapturedOutput output) {
        web.get().uri("/api/v1/public/boom").header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01").exchange()
                .expectStatus().isEqualTo(500);

        assertThat(output.getAll().lines().filter(line -> line.contains("unexpected error on GET /api/v1/public/boom")))
                .as("the error is logged, with the request's trace id").isNotEmpty().allMatch(line -> line.contains(TRACE));
    }

    private String traceparentOfWidget(String key) {
        var records = TopicReader.read(namespace.bootstrapServers(), topics.name(Widgets.TOPIC), 1, r -> key.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        Header header = records.get(0).headers().lastHeader("traceparent");
        assertThat(header).as("the record has a traceparent header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
