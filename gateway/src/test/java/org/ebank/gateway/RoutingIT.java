package org.ebank.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of a stand-in wealth-service that fails on demand: GETs and POSTs carrying an Idempotency-Key are
 * retried, other POSTs never; the service receives the request id and the W3C trace; each route's latency histogram
 * and circuit state are on /actuator/prometheus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebank.services.account=http://127.0.0.1:9", "ebank.services.transfer=http://127.0.0.1:9",
        "ebank.services.notification=http://127.0.0.1:9"})
@AutoConfigureObservability
class RoutingIT {

    private static final HttpServer wealth = stub();
    private static final AtomicInteger failuresLeft = new AtomicInteger();
    private static final List<String> received = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestJwts.register(registry);
        registry.add("ebank.services.wealth", () -> "http://127.0.0.1:" + wealth.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        wealth.stop(0);
    }

    @Autowired
    WebTestClient web;

    @BeforeEach
    void reset() {
        received.clear();
    }

    @Test
    void aGetIsRetriedPastAPassingFailure() {
        failuresLeft.set(1);
        web.get().uri("/api/v1/wealth/products").exchange().expectStatus().isOk();
        assertThat(received).hasSize(2);
    }

    @Test
    void aPostWithAnIdempotencyKeyIsRetriedAndOneWithoutIsNot() {
        String token = TestJwts.customer("cus-r", "MOBILE");
        failuresLeft.set(1);
        web.post().uri("/api/v1/wealth/orders").headers(h -> h.setBearerAuth(token)).header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("productCode", "RRS001")).exchange().expectStatus().isOk();
        assertThat(received).hasSize(2);

        received.clear();
        failuresLeft.set(1);
        web.post().uri("/api/v1/wealth/risk-assessments").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("answers", List.of(1))).exchange().expectStatus().isEqualTo(503);
        assertThat(received).as("a POST without a key is sent once").hasSize(1);
    }

    @Test
    void theServiceReceivesTheRequestIdAndTheTraceAndTheRouteIsMeasured() {
        failuresLeft.set(0);
        String requestId = web.get().uri("/api/v1/wealth/products").header("X-Client-Request-Id", "app-req-00000001")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(received).singleElement().asString().contains("X-request-id=" + requestId)
                .contains("X-client-request-id=app-req-00000001").contains("Traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-")
                .as("the client's trace, with the gateway's span as the parent").doesNotContain("00f067aa0ba902b7");

        for (String sent : new String[] {null, "00-not-a-trace"}) {
            received.clear();
            web.get().uri("/api/v1/wealth/products").headers(h -> {
                if (sent != null) {
                    h.set("traceparent", sent);
                }
            }).exchange().expectStatus().isOk();
            assertThat(received).as("a client that sent no valid trace (%s): the gateway's own goes on", sent).singleElement()
                    .asString().containsPattern("Traceparent=00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$");
        }

        String metrics = web.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(10 << 20)).build().get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(metrics).containsPattern("spring_cloud_gateway_requests_seconds_bucket\\{.*routeId=\"wealth-reads\".*status=\"OK\"")
                .containsPattern("resilience4j_circuitbreaker_state\\{.*name=\"wealth\".*state=\"closed\".*} 1.0");
    }

    private static HttpServer stub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                received.add("X-request-id=" + exchange.getRequestHeaders().getFirst("X-Request-Id")
                        + " X-client-request-id=" + exchange.getRequestHeaders().getFirst("X-Client-Request-Id")
                        + " Traceparent=" + exchange.getRequestHeaders().getFirst("traceparent"));
                boolean fail = failuresLeft.getAndDecrement() > 0;
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(fail ? 503 : 200, fail ? -1 : body.length);
                if (!fail) {
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
