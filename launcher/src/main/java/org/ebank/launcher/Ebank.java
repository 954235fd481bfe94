package org.ebank.launcher;

import java.nio.file.Files;
import org.ebank.infra.Directories;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ebank run [--fresh]}: starts the whole system on this machine and keeps it running until
 * Ctrl-C, which stops every process it started. {@code --fresh} forgets the data of earlier runs.
 */
public final class Ebank {

    private Ebank() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> options = List.of(args);
        if (options.contains("--help") || (!options.isEmpty() && !options.get(0).equals("run"))) {
            Console.line("usage: ./ebank run [--fresh]    start the whole system; Ctrl-C stops it");
            return;
        }
        Path root = Path.of(System.getProperty("ebank.home", ".")).toAbsolutePath().normalize();
        Path baseDir = root.resolve(".ebank");
        if (options.contains("--fresh")) {
            Directories.deleteRecursively(baseDir.resolve("data"));
        }
        boolean firstRun = !Files.exists(baseDir.resolve("data"));
        Instant started = Instant.now();
        Ports ports = Ports.standard();
        LocalSystem system = new LocalSystem(root, baseDir, ports);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Console.line("\nStopping ebank…");
            system.close();
            Console.line("Stopped. Data kept in " + system.dataDir() + " (./ebank run --fresh forgets it).");
            stopped.countDown();
        }, "ebank-stop"));

        Console.line("Starting ebank" + (firstRun ? " (first run: creating the databases)" : "") + " — logs in "
                + system.logs());
        try {
            system.start();
            system.supervise();
            Console.step("demo data");
            new DemoData(ports.gatewayUrl()).seed();
        } catch (RuntimeException e) {
            Console.warn("ebank did not start: " + e.getMessage());
            System.exit(1);
        }
        Banner.print(ports, Duration.between(started, Instant.now()));
        stopped.await();
    }

}
