package org.ebank.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.File;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Limits shared through a real Redis (Debian's redis-server, started here; .ci/run installs it): a second gateway
 * instance draws on the same allowance, and a Redis that is gone lets requests through rather than refusing everyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebank.services.account=http://127.0.0.1:9", "ebank.services.transfer=http://127.0.0.1:9",
        "ebank.services.wealth=http://127.0.0.1:9", "ebank.services.notification=http://127.0.0.1:9",
        "ebank.rate-limits.sensitive.burst=3", "ebank.rate-limits.sensitive.per-second=0.001"})
@EnabledIf("redisInstalled")
class RedisRateLimitIT {

    private static final int PORT = freePort();
    private static Process redis;

    static boolean redisInstalled() {
        boolean installed = new File("/usr/bin/redis-server").canExecute() || new File("/usr/local/bin/redis-server").canExecute();
        if (!installed) {
            System.err.println("SKIPPED: redis-server is not installed (Debian package redis-server); shared rate limits not tested");
        }
        return installed;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        redis = startRedis();
        TestJwts.register(registry);
        registry.add("ebank.rate-limits.redis-url", () -> "redis://127.0.0.1:" + PORT);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        // stopped in the test already; this is for a test that failed before
        redis.destroy();
        redis.waitFor(10, TimeUnit.SECONDS);
    }

    @Autowired
    WebTestClient web;

    @Autowired
    MeterRegistry meters;

    @Test
    void twoGatewayInstancesDrawOnOneAllowanceAndAGoneRedisLetsRequestsThrough() throws InterruptedException {
        // the gateway connects to Redis on first use, within the check's 500 ms or it lets the request pass: on a busy
        // machine the first may not make it, so a customer's request (another allowance) opens the connection first
        String customer = TestJwts.customer("cus_warm", "NETBANK");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            double before = storeErrors();
            web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(customer)).exchange();
            return storeErrors() == before;
        });
        login().expectStatus().isEqualTo(503);
        try (RedisClient client = RedisClient.create("redis://127.0.0.1:" + PORT)) {
            var otherGateway = new RedisTokenBuckets(reactor.core.publisher.Mono.just(client.connect().reactive()), "ebank:rl:sensitive:",
                    3, 0.001, () -> { });
            assertThat(otherGateway.take("ip:127.0.0.1").block()).as("the second instance takes the second token").isZero();
            login().expectStatus().isEqualTo(503);
            login().expectStatus().isEqualTo(429).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().exists("Retry-After");
            assertThat(otherGateway.take("ip:127.0.0.1").block()).as("nor may the other instance").isPositive();
            assertThat(otherGateway.take("ip:203.0.113.9").block()).as("another address has its own allowance").isZero();

            redis.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            login().expectStatus().isEqualTo(503);
            assertThat(otherGateway.take("ip:127.0.0.1").block(Duration.ofSeconds(5))).isZero();
        }
    }

    private double storeErrors() {
        var errors = meters.find("ebank.rate.limit.store.errors").counter();
        return errors == null ? 0 : errors.count();
    }

    private WebTestClient.ResponseSpec login() {
        return web.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", "13800000001", "password", "guess", "channel", "NETBANK")).exchange();
    }

    private static Process startRedis() {
        try {
            Process process = new ProcessBuilder("redis-server", "--port", Integer.toString(PORT), "--bind", "127.0.0.1", "--save", "",
                    "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).ignoreExceptions().until(() -> {
                try (var socket = new java.net.Socket("127.0.0.1", PORT)) {
                    return true;
                }
            });
            return process;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
