package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.ebank.infra.Directories;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One whole system for every system test class of the JVM — real PostgreSQL, a real Kafka broker in its own process, the
 * seven services as processes, demo data — started by the first class that needs it and stopped after the last, leaving
 * no process behind. Classes use it with {@code @ExtendWith(RunningSystem.class)} and {@link #current()}.
 */
final class RunningSystem implements BeforeAllCallback {

    private static volatile Running current;
    private static volatile StaffToken staff;

    static Running current() {
        return current;
    }

    static Api api() {
        return current.api();
    }

    /**
     * A staff token, signed in again once the one held is ten minutes old: tokens live fifteen, and the system tests
     * that share this system may take longer than that together.
     */
    static String staffToken() {
        StaffToken held = staff;
        if (held == null || held.signedInAt().isBefore(Instant.now().minus(Duration.ofMinutes(10)))) {
            held = new StaffToken(signIn(current.api()), Instant.now());
            staff = held;
        }
        return held.token();
    }

    /** A fresh staff token from the system behind {@code api}. */
    static String signIn(Api api) {
        return api.post("/api/v1/auth/staff-login", null, Map.of("username", DemoData.STAFF_USERNAME, "password",
                DemoData.STAFF_PASSWORD)).body().get("accessToken").asText();
    }

    /** The local SMS phone, read through the gateway. */
    static LocalPhone phone() {
        return new LocalPhone(current.system().ports().gatewayUrl(), staffToken());
    }

    /** Every process's log, kept in {@code kept}: what the services said when a system test failed. */
    static void keepLogs(LocalSystem system, Path kept) {
        try (var logs = Files.list(system.logs())) {
            Files.createDirectories(kept);
            for (Path log : logs.toList()) {
                Files.copy(log, kept.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.io.IOException e) {
            System.err.println("the system's logs could not be kept: " + e);
        }
    }

    /** account-service's properties on this system beyond the local defaults (a test that restarts it with others restores them). */
    static final Map<String, String> ACCOUNT_SERVICE = Map.of("ebank.fees.cron", "-");

    /**
     * A system as the system tests run it. Every test signs in from 127.0.0.1, so the per-address limit on sign-in (tested
     * in the gateway's own tests) is raised: it would make the classes depend on each other's number of sign-ins. The
     * daily jobs are off: a run that crosses 23:30 Asia/Shanghai (15:30 UTC) would otherwise charge the test customers'
     * cards their annual fee in the middle of a test that counts their money to the fen (seen in CI: FaultsIT found a
     * card 10.00 short). So is the scheduled-transfer poller (it looks once an hour, after an hour): the README's and
     * TwoCustomersIT's monthly transfers fall due at 09:00 Asia/Shanghai on the 28th and the month's last day, and
     * would pay in the middle of a run that crosses 01:00 UTC then. The tests of those jobs run them through their ops
     * endpoints or in their services' own tests. Transfers a crash left PENDING are recovered after 15 s (just over the
     * ledger call's timeout), every 3 s (30 s and 10 s in a real run): FaultsIT's kill of the ledger mid-payment then waits
     * seconds, not a minute. An ETC debit a card cannot pay is tried again after 5 s, not the next day. Corporate
     * operators' tokens give a new code every 10 s, not 30 (the tests' authenticator apps read the period from the token's
     * URI, as a real one does): operators would otherwise wait half a minute for each code they need after their first
     * three.
     */
    static LocalSystem forTests(Path base, Ports ports) {
        return new LocalSystem(Path.of("..").toAbsolutePath().normalize(), base, ports)
                .with("gateway", Map.of("ebank.rate-limits.sensitive.burst", "1000"))
                .with("account-service", ACCOUNT_SERVICE)
                .with("transfer-service", Map.of("ebank.scheduled.poll-interval", "1h", "ebank.transfers.recovery-grace", "15s",
                        "ebank.transfers.recovery-interval", "3s"))
                .with("wealth-service", Map.of("ebank.wealth.maturity-cron", "-"))
                .with("notification-service", Map.of("ebank.push.recommend-cron", "-"))
                .with("corporate-service", Map.of("ebank.corporate.sweep-cron", "-", "ebank.corporate.token-period", "10s"))
                .with("payment-service", Map.of("ebank.etc.retry-after", "5s", "ebank.etc.debit-interval", "1s"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        current = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    private record StaffToken(String token, Instant signedInAt) {
    }

    record Running(LocalSystem system, Path base, Api api) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            try {
                Path base = Files.createTempDirectory("ebank-system");
                Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
                LocalSystem system = forTests(base, Ports.free());
                system.start();
                Api api = new Api(system.ports().gatewayUrl());
                new DemoData(system.ports()).seed();
                return new Running(system, base, api);
            } catch (Exception e) {
                throw new IllegalStateException("the system did not start", e);
            }
        }

        @Override
        public void close() {
            system.close();
            keepLogs(system, Path.of("target/system-logs"));
            Directories.deleteRecursively(base);
            assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList())
                    .as("stopping the system leaves no process behind").isEmpty();
        }
    }
}
