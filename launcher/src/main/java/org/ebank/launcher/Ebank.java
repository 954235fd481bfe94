package org.ebank.launcher;

import java.nio.file.Files;
import org.ebank.infra.AuthenticatorApp;
import org.ebank.infra.Directories;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ebank run [--fresh] [--replicas N]}: starts the whole system on this machine and keeps it running until
 * Ctrl-C, which stops every process it started. {@code --fresh} forgets the data of earlier runs; {@code --replicas 2}
 * runs two instances of every service behind the gateway. {@code ebank token-code <otpauth URI> [--after <code>]} is an
 * authenticator app for trying corporate netbank without a phone: it prints the token's code now, or the one after a
 * code already used (waiting for it when it is more than one step ahead, as a person waits for their token).
 */
public final class Ebank {

    private Ebank() {
    }

    private static final String USAGE = "usage: ./ebank run [--fresh] [--replicas N]    start the whole system (N instances"
            + " of every service, 1 to 3; 1 by default); Ctrl-C stops it\n"
            + "       ./ebank token-code <otpauth URI> [--after <code>]    a corporate operator's token code, now or after one used";

    /**
     * The code of the step after the one {@code used} was shown in (searched among the last and next steps), or now's: the
     * service takes a code of now or one step ahead, each once.
     */
    static String tokenCode(AuthenticatorApp app, String used) throws InterruptedException {
        long now = app.step();
        if (used == null) {
            return app.code(now);
        }
        long next = now;
        for (long step = now - 2; step <= now + 1; step++) {
            if (app.code(step).equals(used)) {
                next = Math.max(step + 1, now);
            }
        }
        while (app.step() + 1 < next) {
            Thread.sleep(500);
        }
        return app.code(next);
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> options = List.of(args);
        if (!options.isEmpty() && options.get(0).equals("seed")) {
            // the containers' demo data (docker-compose.yml): seed <gateway url> <notification-service url>…
            if (options.size() < 3) {
                Console.warn("usage: seed <gateway url> <notification-service url>…");
                System.exit(2);
            }
            new DemoData(options.get(1), options.subList(2, options.size())).seed();
            Console.line("demo data entered through " + options.get(1));
            return;
        }
        if (!options.isEmpty() && options.get(0).equals("token-code")) {
            if (options.size() != 2 && !(options.size() == 4 && options.get(2).equals("--after"))) {
                Console.warn("usage: ./ebank token-code <otpauth URI> [--after <code>]");
                System.exit(2);
            }
            System.out.println(tokenCode(AuthenticatorApp.of(options.get(1)), options.size() == 4 ? options.get(3) : null));
            return;
        }
        if (options.size() == 2 && options.get(0).equals("keys")) {
            // the containers' keys (docker-compose.yml): made once in a volume every service mounts, kept across restarts
            Path keys = Path.of(options.get(1));
            LocalKeys.cardLookupKey(keys);
            LocalKeys.corporateSecretKey(keys);
            LocalKeys.sealingKey(keys);
            LocalKeys.tokenSigningKey(keys);
            Console.line("keys in " + keys);
            return;
        }
        if (options.contains("--help") || (!options.isEmpty() && !options.get(0).equals("run"))) {
            Console.line(USAGE);
            return;
        }
        int replicas = replicas(options);
        Path root = Path.of(System.getProperty("ebank.home", ".")).toAbsolutePath().normalize();
        Path baseDir = root.resolve(".ebank");
        if (options.contains("--fresh")) {
            Directories.deleteRecursively(baseDir.resolve("data"));
        }
        boolean firstRun = !Files.exists(baseDir.resolve("data"));
        Instant started = Instant.now();
        Ports ports = Ports.standard(replicas);
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
            new DemoData(ports).seed();
        } catch (RuntimeException e) {
            Console.warn("ebank did not start: " + e.getMessage());
            System.exit(1);
        }
        Banner.print(ports, Duration.between(started, Instant.now()));
        stopped.await();
    }

    private static int replicas(List<String> options) {
        int at = options.indexOf("--replicas");
        if (at < 0) {
            return 1;
        }
        String value = at + 1 < options.size() ? options.get(at + 1) : "";
        if (!value.matches("[1-3]")) {
            Console.warn("--replicas takes 1, 2 or 3 (each instance needs about 400 MB)");
            Console.line(USAGE);
            System.exit(2);
        }
        return Integer.parseInt(value);
    }

}
