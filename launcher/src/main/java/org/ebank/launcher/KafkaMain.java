package org.ebank.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.ebank.infra.kafka.KafkaBroker;

/**
 * The Kafka broker of the local run, in a process of its own: Kafka exits its JVM on a fatal error,
 * and that must not take the launcher with it. Prints {@value #READY} once it accepts clients.
 */
public final class KafkaMain {

    static final String READY = "EBANK-KAFKA-READY";

    private KafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path logDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        KafkaBroker broker = KafkaBroker.start(logDir, port, controllerPort, Map.of("log.retention.hours", "-1"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "kafka-stop"));
        System.out.println(READY);
        System.out.flush();
        stopped.await();
    }
}
