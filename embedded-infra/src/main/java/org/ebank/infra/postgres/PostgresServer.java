package org.ebank.infra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the Maven Central binaries, listening on 127.0.0.1 only, with
 * trust authentication for the {@code postgres} superuser. The data directory survives a stop, so
 * the same directory can be started again.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Path dataDir;
    private final int port;
    private final RunAs runAs;
    private final Process process;

    private PostgresServer(Path dataDir, int port, RunAs runAs, Process process) {
        this.dataDir = dataDir;
        this.port = port;
        this.runAs = runAs;
        this.process = process;
    }

    /**
     * Starts a server on {@code dataDir}, creating the cluster the first time.
     *
     * @param settings extra {@code postgresql.conf} settings, e.g. {@code fsync=off} for throw-away test data
     */
    public static PostgresServer start(Path dataDir, int port, RunAs runAs, Map<String, String> settings) {
        try {
            Path bin = PostgresBinaries.home().resolve("bin");
            Files.createDirectories(dataDir);
            runAs.own(dataDir);
            stopLeftover(dataDir);
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                run(runAs, List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", SUPERUSER,
                        "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"), dataDir.resolveSibling("initdb.log"));
            }
            List<String> command = new ArrayList<>(List.of(bin.resolve("postgres").toString(), "-D", dataDir.toString(),
                    "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                    "-c", "TimeZone=UTC", "-c", "max_connections=300"));
            settings.forEach((key, value) -> command.addAll(List.of("-c", key + "=" + value)));
            Process process = new ProcessBuilder(runAs.wrap(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("postgres.log").toFile()))
                    .start();
            PostgresServer server = new PostgresServer(dataDir, port, runAs, process);
            server.awaitReady();
            log.info("PostgreSQL ready on 127.0.0.1:{} (data {}, run as {})", port, dataDir, runAs);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    public RunAs runAs() {
        return runAs;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String r2dbcUrl(String database) {
        return "r2dbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        signalPostmaster(dataDir, "INT");
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                signalPostmaster(dataDir, "QUIT");
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with " + process.exitValue()
                        + "; see " + dataDir.resolveSibling("postgres.log"));
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
                return;
            } catch (SQLException e) {
                last = e;
                pause();
            }
        }
        close();
        throw new IllegalStateException("PostgreSQL not ready within " + STARTUP, last);
    }

    /** A server left running by a process that was killed holds the data directory: stop it first. */
    private static void stopLeftover(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        postmasterPid(dataDir).flatMap(ProcessHandle::of).ifPresent(leftover -> {
            log.warn("stopping a PostgreSQL server (pid {}) left running on {}", leftover.pid(), dataDir);
            signalPostmaster(dataDir, "INT");
            leftover.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    private static void signalPostmaster(Path dataDir, String signal) {
        postmasterPid(dataDir).ifPresent(pid -> {
            try {
                new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor(10, TimeUnit.SECONDS);
            } catch (IOException e) {
                log.warn("cannot signal PostgreSQL pid {}", pid, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static java.util.Optional<Long> postmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static void run(RunAs runAs, List<String> command, Path logFile) throws IOException {
        Process process = new ProcessBuilder(runAs.wrap(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(command.get(0) + " failed; see " + logFile + ":\n" + Files.readString(logFile));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
