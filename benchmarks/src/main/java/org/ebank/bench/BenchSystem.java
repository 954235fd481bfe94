package org.ebank.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.ebank.launcher.LocalSystem;
import org.ebank.launcher.Ports;

/** A fresh system of a benchmark's own, on free ports, with helpers to sign in and set up data. */
final class BenchSystem implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The gateway, then the services behind it. */
    private static final java.util.List<String> SERVICES = java.util.List.of("gateway", "account-service", "transfer-service",
            "wealth-service", "notification-service", "corporate-service", "insight-service", "payment-service");
    /** The benchmarks measure throughput, not the gateway's rate limits. */
    private static final Map<String, String> RATE_LIMITS_LIFTED = Map.of(
            "ebank.rate-limits.customer.burst", "1000000", "ebank.rate-limits.customer.per-second", "1000000",
            "ebank.rate-limits.sensitive.burst", "1000000", "ebank.rate-limits.sensitive.per-second", "1000000");

    final LocalSystem system;
    final Ports ports;
    private final Path base;

    private BenchSystem(LocalSystem system, Ports ports, Path base) {
        this.system = system;
        this.ports = ports;
        this.base = base;
    }

    static BenchSystem start() throws Exception {
        Path root = Path.of(System.getProperty("ebank.home", ".")).toAbsolutePath().normalize();
        Path base = Files.createTempDirectory("ebank-bench");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        // -Dbench.replicas=2: two instances of every service behind the gateway, as ./ebank run --replicas 2
        Ports ports = Ports.free(Integer.getInteger("bench.replicas", 1));
        LocalSystem system = new LocalSystem(root, base, ports).with("gateway", RATE_LIMITS_LIFTED);
        // variants to compare: -Dbench.jvm="-XX:TieredStopAtLevel=1 ..." and -Dbench.properties="key=value,key=value"
        String jvm = System.getProperty("bench.jvm", "").trim();
        if (!jvm.isEmpty()) {
            system.withJvmOptions(java.util.List.of(jvm.split("\\s+")));
        }
        // and for one service only: -Dbench.jvm.gateway="-XX:TieredStopAtLevel=4"
        for (String service : SERVICES) {
            String options = System.getProperty("bench.jvm." + service, "").trim();
            if (!options.isEmpty()) {
                system.withJvmOptions(service, java.util.List.of(options.split("\\s+")));
            }
        }
        String properties = System.getProperty("bench.properties", "").trim();
        if (!properties.isEmpty()) {
            Map<String, String> variant = new java.util.LinkedHashMap<>();
            for (String pair : properties.split(",")) {
                String[] keyValue = pair.split("=", 2);
                variant.put(keyValue[0].trim(), keyValue[1].trim());
            }
            for (String service : SERVICES.subList(1, SERVICES.size())) {
                system.with(service, variant);
            }
            Map<String, String> gateway = new java.util.LinkedHashMap<>(variant);
            gateway.putAll(RATE_LIMITS_LIFTED);
            system.with("gateway", gateway);
        }
        if (Boolean.getBoolean("bench.statements")) {
            system.withPostgresSettings(Map.of("shared_preload_libraries", "pg_stat_statements"));
        }
        system.start();
        // -Dbench.stopped=notification-service,insight-service: services stopped once all are up, to see what they cost
        // the others (the readers of the events, say)
        for (String service : System.getProperty("bench.stopped", "").split(",")) {
            if (!service.isBlank()) {
                system.kill(service.trim());
            }
        }
        BenchSystem bench = new BenchSystem(system, ports, base);
        // -Dbench.idle=30: what the system costs doing nothing, measured for that many seconds after a minute's rest (the
        // JIT compilers are still busy with the start for most of that minute)
        int idle = Integer.getInteger("bench.idle", 0);
        if (idle > 0) {
            Thread.sleep(60_000);
            CpuUse cpu = CpuUse.start(bench);
            Thread.sleep(idle * 1000L);
            System.out.println("Idle, " + idle + " s: " + cpu.perUnit("second", idle));
        }
        return bench;
    }

    String accountService() {
        return "http://127.0.0.1:" + ports.account();
    }

    /** A token for a system account (staff, channel system or service). */
    String token(String username, String password) throws Exception {
        return post(accountService() + "/api/v1/auth/staff-login", null, Map.of("username", username, "password", password))
                .get("accessToken").asText();
    }

    static JsonNode post(String url, String token, Object body) throws Exception {
        // every call under a key of its own: the money-moving ones need it, the others ignore it
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        system.close();
        org.ebank.infra.Directories.deleteRecursively(base);
    }
}
