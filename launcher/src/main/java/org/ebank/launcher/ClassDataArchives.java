package org.ebank.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ebank.infra.Directories;

/**
 * Class-data sharing (AppCDS) for the services, made by the build (this class's {@link #main}, run by the launcher
 * module's build before its tests): each service's jar unpacked next to it, as {@code target/cds/} (the JVM shares
 * classes only from plain jars on the class path, not from jars inside a jar), and an archive of the classes its start
 * loads, written by a training run that refreshes the application context and exits (Spring's
 * {@code spring.context.exit=onRefresh}: no database, broker or port is needed). A service started from its unpacked jar
 * with its archive loads its classes mapped from the archive, parsed and verified already: about half the CPU of a
 * start from the jar as built, on a machine where seven services start at once on two cores. A service whose archive
 * is missing or older than its jar (built again by itself) starts from the jar as built.
 */
public final class ClassDataArchives {

    /** Every service the local run starts, the gateway too. */
    static final List<String> SERVICES = java.util.stream.Stream.concat(ServiceSpec.SERVICES.stream(), java.util.stream.Stream.of("gateway"))
            .toList();
    /** Settings for a training run only: it reaches no database or broker, and the keys it needs are not secrets of anyone. */
    private static final List<String> TRAINING_ARGUMENTS = List.of("--spring.flyway.enabled=false", "--spring.kafka.admin.auto-create=false",
            "--ebank.card-lookup-key=class-data-training-only-0000000", "--ebank.corporate.secret-key=class-data-training-only-0000000");
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);

    private ClassDataArchives() {
    }

    /** How a service is started: the jar, and the JVM options that go with it. */
    record Launch(Path jar, List<String> jvmOptions) {
    }

    /** From the unpacked jar with its archive when both are as new as the jar built, else from the jar built. */
    static Launch launch(Path built, String service) {
        Path unpacked = unpacked(built);
        Path archive = archive(built, service);
        if (isCurrent(unpacked, built) && isCurrent(archive, built)) {
            return new Launch(unpacked, List.of("-XX:SharedArchiveFile=" + archive));
        }
        return new Launch(built, List.of());
    }

    /** Unpacks and trains every service whose archive is older than its jar, as many at a time as there are cores. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : System.getProperty("ebank.home", ".")).toAbsolutePath().normalize();
        Instant started = Instant.now();
        ExecutorService training = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<String>> done = new ArrayList<>();
            for (String service : SERVICES) {
                done.add(training.submit(() -> {
                    Path built;
                    try {
                        built = ServiceSpec.jar(root, service);
                    } catch (RuntimeException notBuilt) {
                        return service + ": not built, so no archive (" + notBuilt.getMessage() + ")";
                    }
                    return prepare(built, service);
                }));
            }
            for (Future<String> each : done) {
                System.out.println("[class-data] " + each.get());
            }
        } finally {
            training.shutdownNow();
        }
        System.out.printf("[class-data] done in %.1f s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /** Unpacks the jar and trains the archive, unless both are current; says what it did. */
    static String prepare(Path built, String service) throws IOException, InterruptedException {
        Path unpacked = unpacked(built);
        Path archive = archive(built, service);
        if (isCurrent(unpacked, built) && isCurrent(archive, built)) {
            return service + ": current";
        }
        Path directory = unpacked.getParent();
        Path log = built.resolveSibling("cds-training.log");
        Directories.deleteRecursively(directory);
        Files.deleteIfExists(log);
        run(service + " (unpacking)", List.of("-Djarmode=tools", "-jar", built.toString(), "extract", "--destination", directory.toString()),
                log);
        Path training = directory.resolve(service + ".jsa.training");
        List<String> command = new ArrayList<>(LocalSystem.SERVICE_JVM);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + training, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Dspring.context.exit=onRefresh", "-jar", unpacked.toString()));
        command.addAll(TRAINING_ARGUMENTS);
        run(service + " (training)", command, log);
        // written now, so newer than the jar it was trained on: current until the jar is built again (the JVM also
        // refuses an archive whose class path's jars changed since, and then starts without it)
        Files.move(training, archive, StandardCopyOption.ATOMIC_MOVE);
        return service + ": " + Files.size(archive) / (1024 * 1024) + " MiB archive";
    }

    static Path unpacked(Path built) {
        return built.resolveSibling("cds").resolve(built.getFileName());
    }

    static Path archive(Path built, String service) {
        return built.resolveSibling("cds").resolve(service + ".jsa");
    }

    private static boolean isCurrent(Path made, Path from) {
        try {
            return Files.exists(made) && Files.getLastModifiedTime(made).compareTo(Files.getLastModifiedTime(from)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a JVM in the log's directory, its output appended to the log. */
    private static void run(String what, List<String> arguments, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(log.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(TRAINING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " did not end within " + TRAINING_TIMEOUT.toMinutes() + " minutes; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new UncheckedIOException(new IOException(what + " failed (exit " + process.exitValue() + "); see " + log));
        }
    }
}
