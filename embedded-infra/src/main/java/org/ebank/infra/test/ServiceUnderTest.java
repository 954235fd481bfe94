package org.ebank.infra.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ebank.infra.FreePort;

/**
 * Another ebank service, run from its built jar as a process of its own beside the test: the real thing a
 * service talks to (e.g. account-service's ledger for transfer-service), with no classpath shared.
 */
public final class ServiceUnderTest implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceUnderTest(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param module     the service's Maven module, a sibling of the test's module
     * @param properties Spring properties for it (database, broker, topic prefix, ...)
     */
    public static ServiceUnderTest start(String module, Map<String, String> properties) {
        Path target = Path.of("..", module, "target").toAbsolutePath().normalize();
        Path jar;
        try (var files = Files.list(target)) {
            jar = files.filter(p -> p.getFileName().toString().matches(module + "-.*-exec\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build " + module + " first (mvn verify builds it before this module)"));
        } catch (IOException e) {
            throw new UncheckedIOException("build " + module + " first", e);
        }
        int port = FreePort.next();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path logs = Files.createDirectories(Path.of("target", "service-logs").toAbsolutePath());
            Path log = Files.createTempFile(logs, module + "-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceUnderTest service = new ServiceUnderTest(process, port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, module + "-stop"));
            service.awaitReady(module);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + module, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady(String module) throws IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " stopped while starting:\n" + Files.readString(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException(module + " not ready within " + STARTUP + "; log: " + log);
    }
}
