package org.ebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testapp.Widgets;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The relay does not wait for its next look: PostgreSQL wakes it when events commit (LISTEN/NOTIFY). */
@SpringBootTest(classes = PlatformTestApp.class, properties = "ebank.outbox.poll-interval=1h")
class OutboxWakeUpIT {

    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, OutboxWakeUpIT.class);
    }

    @Autowired
    Widgets widgets;
    @Autowired
    Topics topics;

    @Test
    void anEventIsPublishedAsSoonAsItCommitsThoughTheRelayWouldNextLookInAnHour() {
        // the relay's first look happens at start; everything after it must come from wake-ups
        for (String name : new String[] {"first", "second", "third"}) {
            widgets.create("wake-" + name, name).block();
            var published = TopicReader.read(namespace.bootstrapServers(), topics.name(Widgets.TOPIC), 1,
                    r -> r.key().equals("wake-" + name), Duration.ofSeconds(10));
            assertThat(published).as(name + " published within seconds of its commit").hasSize(1);
        }
    }
}
