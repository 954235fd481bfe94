package org.ebank.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ebank.launcher.DemoData;
import org.ebank.launcher.Ports;
import org.ebank.infra.ResidentIds;

/**
 * What the gateway costs: the same write (staff registering a customer: a row, an outbox event, a
 * token check) sent straight to account-service and through the gateway, with the same load, in the
 * same run. Starts a fresh system of its own on free ports.
 *
 * <pre>mvn -B -DskipTests install &amp;&amp; mvn -q -pl benchmarks exec:java -Dexec.mainClass=org.ebank.bench.GatewayOverheadBenchmark</pre>
 *
 * System properties: {@code clients} (16), {@code seconds} (20), {@code warmupSeconds} (10), {@code rate}
 * (requests/s of the open-loop phase; a third of direct throughput), {@code profile} (a directory:
 * flame graphs of every service JVM during the two closed-loop phases).
 */
public final class GatewayOverheadBenchmark {

    private static final AtomicLong sequence = new AtomicLong();

    private GatewayOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 16);
        Duration measure = Duration.ofSeconds(Integer.getInteger("seconds", 20));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("warmupSeconds", 10));
        try (BenchSystem bench = BenchSystem.start()) {
            Ports ports = bench.ports;
            String direct = "http://127.0.0.1:" + ports.account();
            String token = bench.token(DemoData.STAFF_USERNAME, DemoData.STAFF_PASSWORD);
            HttpLoad.run("warm-up (direct)", clients, warmup, registrations(direct, token), 201);
            HttpLoad.run("warm-up (gateway)", clients, warmup, registrations(ports.gatewayUrl(), token), 201);
            Profiler profiler = Profiler.fromSystemProperty(bench);
            var straightCounted = CpuUse.counted(bench, "registration straight to account-service", () -> Profiler.measured(profiler,
                    "registration-direct", () -> HttpLoad.run("account-service directly", clients, measure, registrations(direct, token), 201)));
            var gatewayCounted = CpuUse.counted(bench, "registration through the gateway", () -> Profiler.measured(profiler,
                    "registration-gateway", () -> HttpLoad.run("through the gateway", clients, measure,
                            registrations(ports.gatewayUrl(), token), 201)));
            var straight = straightCounted.result();
            var gateway = gatewayCounted.result();
            System.out.println();
            System.out.println("POST /api/v1/ops/customers, " + clients + " clients, " + measure.toSeconds() + " s each, "
                    + Runtime.getRuntime().availableProcessors() + " cores, everything on this machine");
            System.out.println(straight);
            System.out.println(gateway);
            System.out.printf("gateway/direct: throughput %.2f, p99 %.2f%n", gateway.perSecond() / straight.perSecond(),
                    gateway.p99Millis() / straight.p99Millis());
            // at a moderate load (a third of what the service alone sustains), what the hop adds to each answer
            int moderate = Integer.getInteger("rate", Math.max(1, (int) (straight.perSecond() / 3)));
            var directAtRate = HttpLoad.runAtRate("account-service directly", moderate, measure, clients,
                    () -> HttpLoad.HTTP.send(registrations(direct, token).get(), java.net.http.HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 201);
            var gatewayAtRate = HttpLoad.runAtRate("through the gateway", moderate, measure, clients,
                    () -> HttpLoad.HTTP.send(registrations(ports.gatewayUrl(), token).get(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 201);
            System.out.println();
            System.out.println("The same at " + moderate + " requests/s offered (open loop; by default a third of direct throughput):");
            System.out.println(directAtRate);
            System.out.println(gatewayAtRate);
            System.out.printf("what the gateway adds: p50 %+.2f ms, p99 %+.2f ms%n", gatewayAtRate.p50Millis() - directAtRate.p50Millis(),
                    gatewayAtRate.p99Millis() - directAtRate.p99Millis());
            System.out.println();
            System.out.println(straightCounted.cpu());
            System.out.println(gatewayCounted.cpu());
        }
    }


    private static Supplier<HttpRequest> registrations(String baseUrl, String token) {
        URI uri = URI.create(baseUrl + "/api/v1/ops/customers");
        return () -> {
            long n = sequence.incrementAndGet();
            LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n / 1000);
            String body = "{\"name\":\"压测客户\",\"idNumber\":\"" + ResidentIds.of(born, n)
                    + "\",\"phone\":\"13700000000\",\"birthDate\":\"" + born + "\"}";
            return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        };
    }

}
