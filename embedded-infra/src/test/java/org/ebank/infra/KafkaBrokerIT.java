package org.ebank.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ebank.infra.kafka.KafkaBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerIT {

    @TempDir
    Path logDir;

    @Test
    void brokerKeepsRecordsAcrossARestartOnTheSameLogDirectory() {
        int port = FreePort.next();
        int controllerPort = FreePort.next();
        try (KafkaBroker broker = KafkaBroker.start(logDir, port, controllerPort, Map.of())) {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("restart.test", "acc-1", "first")).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        try (KafkaBroker broker = KafkaBroker.start(logDir, port, controllerPort, Map.of());
             var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                     "bootstrap.servers", broker.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, "g",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("restart.test"));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            assertThat(values).containsExactly("first");
        }
    }
}
