package org.ebank.infra.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.infra.Directories;
import org.ebank.infra.FreePort;
import org.ebank.infra.kafka.KafkaBroker;
import org.ebank.infra.postgres.PostgresServer;
import org.ebank.infra.postgres.RunAs;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server and one real Kafka broker per test JVM, started on first use; each test
 * class gets a database and a topic namespace of its own, so test classes never see each other's data.
 *
 * <p>Set {@code SPRING_KAFKA_BOOTSTRAP_SERVERS} to use an external broker instead of the embedded one.
 */
public final class TestInfra {

    private static final AtomicInteger namespaces = new AtomicInteger();
    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private TestInfra() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            Path dir = tempDir("ebank-test-pg");
            PostgresServer server = PostgresServer.start(dir.resolve("data"), FreePort.next(), RunAs.detect(),
                    Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
            postgres = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                Directories.deleteRecursively(dir);
            }, "postgres-stop"));
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrapServers() {
        String external = System.getenv("SPRING_KAFKA_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (kafka == null) {
            Path dir = tempDir("ebank-test-kafka");
            KafkaBroker broker = KafkaBroker.start(dir, FreePort.next(), FreePort.next(), Map.of());
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                broker.close();
                Directories.deleteRecursively(dir);
            }, "kafka-stop"));
        }
        return kafka.bootstrapServers();
    }

    /** A fresh namespace: a new database and a topic prefix no other test class uses. */
    public static Namespace newNamespace(String hint) {
        String id = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_" + namespaces.incrementAndGet()
                + "_" + ProcessHandle.current().pid();
        postgres().createDatabase(id);
        return new Namespace(id, postgres(), kafkaBootstrapServers());
    }

    /** A fresh database on the shared server, e.g. for another service started beside the test. */
    public static String newDatabase(String hint) {
        String name = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_" + namespaces.incrementAndGet()
                + "_" + ProcessHandle.current().pid();
        postgres().createDatabase(name);
        return name;
    }

    /** Registers a fresh namespace as the Spring properties of the test's application context. */
    public static Namespace register(DynamicPropertyRegistry registry, Class<?> testClass) {
        Namespace namespace = newNamespace(testClass.getSimpleName());
        namespace.properties().forEach((key, value) -> registry.add(key, () -> value));
        return namespace;
    }

    private static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            // the unprivileged user of RunAs.RUNUSER must be able to reach the data directory
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A database and a topic prefix that belong to one test class. */
    public record Namespace(String id, PostgresServer server, String bootstrapServers) {

        public String jdbcUrl() {
            return server.jdbcUrl(id);
        }

        public String topicPrefix() {
            return id + ".";
        }

        public Map<String, String> properties() {
            return Map.of(
                    "spring.r2dbc.url", server.r2dbcUrl(id),
                    "spring.r2dbc.username", PostgresServer.SUPERUSER,
                    "spring.r2dbc.password", "",
                    "spring.flyway.url", jdbcUrl(),
                    "spring.flyway.user", PostgresServer.SUPERUSER,
                    "spring.flyway.password", "",
                    "spring.kafka.bootstrap-servers", bootstrapServers,
                    "ebank.kafka.topic-prefix", topicPrefix());
        }
    }
}
