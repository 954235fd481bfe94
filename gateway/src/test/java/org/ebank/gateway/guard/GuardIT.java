package org.ebank.gateway.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Each service's Guard, in front of a stand-in service: a burst beyond the bulkhead is answered 503 + Retry-After at
 * once without opening the circuit, and the route serves again as soon as the burst is over; real failures of the
 * service (5xx answers) open the circuit, which then answers for it without calling it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebank.services.account=http://127.0.0.1:9", "ebank.services.transfer=http://127.0.0.1:9",
        "resilience4j.bulkhead.instances.wealth.max-concurrent-calls=4",
        "ebank.rate-limits.customer.burst=1000", "ebank.rate-limits.sensitive.burst=1000"})
@AutoConfigureObservability
class GuardIT {

    private static final CountDownLatch release = new CountDownLatch(1);
    private static final AtomicInteger slowCalls = new AtomicInteger();
    private static final AtomicInteger failingCalls = new AtomicInteger();
    private static final HttpServer service = stub();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestJwts.register(registry);
        registry.add("ebank.services.wealth", () -> "http://127.0.0.1:" + service.getAddress().getPort());
        registry.add("ebank.services.notification", () -> "http://127.0.0.1:" + service.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        service.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient web;

    @Test
    void aBurstBeyondTheBulkheadIsToldToRetryAndDoesNotOpenTheCircuit() throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            burst.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/wealth/products"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> slowCalls.get() == 4);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> burst.stream().filter(CompletableFuture::isDone).count() == 6);
        for (CompletableFuture<HttpResponse<String>> refused : burst.stream().filter(CompletableFuture::isDone).toList()) {
            HttpResponse<String> response = refused.get();
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(response.headers().firstValue("Content-Type")).hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.body()).contains("service-busy");
        }
        release.countDown();
        for (CompletableFuture<HttpResponse<String>> admitted : burst.stream().filter(f -> !f.isDone()).toList()) {
            assertThat(admitted.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        web.get().uri("/api/v1/wealth/products").exchange().expectStatus().isOk();
        assertThat(metrics()).containsPattern("resilience4j_circuitbreaker_state\\{.*name=\"wealth\".*state=\"closed\".*} 1.0")
                .containsPattern("ebank_gateway_refusals_total\\{.*reason=\"busy\".*service=\"wealth\".*} 6.0")
                .containsPattern("resilience4j_bulkhead_max_allowed_concurrent_calls\\{.*name=\"wealth\".*} 4.0");
    }

    @Test
    void failuresOfTheServiceOpenItsCircuitWhichThenAnswersWithoutCallingIt() {
        String token = TestJwts.customer("cus-g", "MOBILE");
        for (int i = 0; i < 10; i++) {
            web.post().uri("/api/v1/notification-preferences").headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isEqualTo(500);
        }
        int calls = failingCalls.get();
        web.post().uri("/api/v1/notification-preferences").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/service-unavailable");
        assertThat(failingCalls.get()).as("an open circuit does not call the service").isEqualTo(calls);
        assertThat(metrics()).containsPattern("resilience4j_circuitbreaker_state\\{.*name=\"notification\".*state=\"open\".*} 1.0");
    }

    private String metrics() {
        return web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(10 << 20)).build().get().uri("/actuator/prometheus")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** Wealth answers once released (a slow service); notification-preferences always fails with a 500. */
    private static HttpServer stub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/api/v1/wealth/products", exchange -> {
                slowCalls.incrementAndGet();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/api/v1/notification-preferences", exchange -> {
                exchange.getRequestBody().readAllBytes();
                failingCalls.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
