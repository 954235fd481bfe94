package org.ebank.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.operator.domain.Totp;
import org.ebank.infra.AuthenticatorApp;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.OffsetClock;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.TestSealing;
import org.ebank.platform.testing.TopicReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What corporate-service's own tests do through its API as staff and operators: register an enterprise, open its
 * accounts, enrol its administrator and, with the administrator's token codes, its makers and checkers, who activate
 * with the code sent to their phone (read off the topic and opened as notification-service would), bind their tokens,
 * and are given the next code their token shows.
 */
final class Corporates {

    static final String PASSWORD = "Corp2026ok";
    private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 9_000_000);

    /** The service's clock: the real time, moved on to a token's next code instead of waiting 30 s for it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TokenTime {

        @Bean
        OffsetClock clock() {
            return new OffsetClock(PlatformAutoConfiguration.BANK_ZONE);
        }

        /** With the test's client as it is once the server listens (it knows its port only then). */
        @Bean
        Corporates corporates(ObjectProvider<WebTestClient> web, OffsetClock clock, Topics topics, CloudEventCodec codec,
                              @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
            return new Corporates(() -> web.getObject().mutate().responseTimeout(Duration.ofSeconds(60)).build(), clock, topics, codec,
                    bootstrapServers);
        }
    }

    private final Supplier<WebTestClient> client;
    private WebTestClient web;
    private final OffsetClock clock;
    private final Topics topics;
    private final CloudEventCodec codec;
    private final String bootstrapServers;
    /** Two staff of one branch: a request about an administrator by the first, confirmed by the second, its manager. */
    private final String staff = TestJwts.staff("staff01", "0101", false);
    private final String manager = TestJwts.staff("staff03", "0101", true);
    private final Map<String, Long> lastSteps = new HashMap<>();
    private final Map<String, Operator> administrators = new HashMap<>();

    Corporates(Supplier<WebTestClient> client, OffsetClock clock, Topics topics, CloudEventCodec codec, String bootstrapServers) {
        this.client = client;
        this.clock = clock;
        this.topics = topics;
        this.codec = codec;
        this.bootstrapServers = bootstrapServers;
    }

    /** A new enterprise with a fresh credit code of region {@code 91440100}. */
    Enterprise register(String name) {
        String code = CreditCode.completing("91440100" + String.format("%09d", System.nanoTime() % 1_000_000_000L)).value();
        String id = post("/api/v1/ops/enterprises", staff, Map.of("name", name, "creditCode", code, "legalRepresentative", "张",
                "contactPhone", "13912345678")).expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("enterpriseId").asText();
        return new Enterprise(id, code);
    }

    JsonNode openAccount(Enterprise enterprise, String deposit) {
        return web().post().uri("/api/v1/ops/enterprises/{id}/accounts", enterprise.id())
                .headers(h -> {
                    h.setBearerAuth(staff);
                    h.set("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("initialDeposit", deposit)).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Enrolled by the enterprise's administrator (enrolled first if need be) with their token's code, activated, its token bound. */
    Operator enrol(Enterprise enterprise, String login, String role) {
        Operator admin = administrator(enterprise);
        JsonNode enrolled = post("/api/v1/corporate/operators", admin.token(), Map.of("loginName", login, "name", "操作员" + login,
                "phone", newPhone(), "role", role, "code", nextCode(admin))).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        return activate(enterprise, login, role, enrolled.get("operatorId").asText());
    }

    /** The enterprise's administrator, enrolled by staff the first time (the enterprise must hold an account), activated, its token bound. */
    Operator administrator(Enterprise enterprise) {
        return administrators.computeIfAbsent(enterprise.id(), id -> {
            JsonNode requested = post("/api/v1/ops/enterprises/" + id + "/administrator", staff, Map.of("loginName", "admin", "name", "管理员",
                    "phone", newPhone())).expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();
            return activate(enterprise, "admin", "ADMIN", confirm(requested).expectStatus().isOk().expectBody(JsonNode.class)
                    .returnResult().getResponseBody().get("operatorId").asText());
        });
    }

    /** The branch manager confirms a colleague's request about an administrator (双人复核). */
    WebTestClient.ResponseSpec confirm(JsonNode request) {
        return post("/api/v1/ops/administrator-requests/" + request.get("requestId").asText() + "/confirmation", manager, Map.of());
    }

    String staff() {
        return staff;
    }

    String manager() {
        return manager;
    }

    /** Activated with the code their phone got and the tests' password, the token bound with its first code. */
    Operator activate(Enterprise enterprise, String login, String role, String operatorId) {
        byte[] secret = AuthenticatorApp.of(tokenUri(enterprise, login, activationCode(operatorId, 1))).secret();
        long step = Totp.STANDARD.step(clock.instant());
        post("/api/v1/corporate/activation/token", null, Map.of("creditCode", enterprise.creditCode(), "loginName", login,
                "password", PASSWORD, "code", Totp.code(secret, step))).expectStatus().isOk();
        lastSteps.put(operatorId, step);
        return new Operator(operatorId, enterprise.id(), role, secret);
    }

    /** Activation with an activation code and the tests' password: the token's {@code otpauth://} URI. */
    String tokenUri(Enterprise enterprise, String login, String activationCode) {
        return post("/api/v1/corporate/activation", null, Map.of("creditCode", enterprise.creditCode(), "loginName", login,
                "activationCode", activationCode, "password", PASSWORD)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("otpauthUri").asText();
    }

    /**
     * The {@code nth} activation code sent to the operator's phone (the first at enrolment, one more each reset), as
     * notification-service opens it: on the topic it is sealed.
     */
    String activationCode(String operatorId, int nth) {
        var records = TopicReader.read(bootstrapServers, topics.name(CorporateTopics.ENTERPRISE), nth,
                r -> r.value().contains(CorporateTopics.ACTIVATION_CODE_ISSUED) && r.value().contains(operatorId), Duration.ofSeconds(30));
        assertThat(records).as("activation codes sent to " + operatorId).hasSizeGreaterThanOrEqualTo(nth);
        CloudEvent event = codec.read(records.get(nth - 1).value());
        return TestSealing.open(event.data().get("sealedCode").asText());
    }

    /**
     * The operator's token's next code, spent: now's, or the step after the last spent one. One step ahead is accepted;
     * for two, the service's clock is moved on rather than waited for.
     */
    String nextCode(Operator operator) {
        long now = Totp.STANDARD.step(clock.instant());
        long step = Math.max(lastSteps.get(operator.id()) + 1, now);
        if (step > now + 1) {
            clock.advance(Duration.ofSeconds((long) Totp.STANDARD.periodSeconds() * (step - now - 1)));
        }
        lastSteps.put(operator.id(), step);
        return Totp.code(operator.secret(), step);
    }

    private WebTestClient web() {
        if (web == null) {
            web = client.get();
        }
        return web;
    }

    /** A code the operator's token shows at no step the service would take now (a step either side included). */
    String wrongCode(Operator operator) {
        long now = Totp.STANDARD.step(clock.instant());
        java.util.Set<String> right = new java.util.HashSet<>();
        for (long step = now - 2; step <= now + 2; step++) {
            right.add(Totp.code(operator.secret(), step));
        }
        for (int guess = 0; ; guess++) {
            String code = String.format("%06d", guess * 111_111 % 1_000_000);
            if (!right.contains(code)) {
                return code;
            }
        }
    }

    /** The clock, for tests that reckon with steps themselves. */
    OffsetClock clock() {
        return clock;
    }

    WebTestClient.ResponseSpec post(String path, String token, Object body) {
        return web().post().uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec put(String path, String token, Object body) {
        return web().put().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec get(String path, String token) {
        return web().get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    /** A mobile number of the test's own. */
    static String newPhone() {
        return "1398" + String.format("%07d", PHONES.incrementAndGet() % 10_000_000);
    }

    record Enterprise(String id, String creditCode) {
    }

    record Operator(String id, String enterpriseId, String role, byte[] secret) {

        String token() {
            return TestJwts.operator(id, enterpriseId, role);
        }
    }
}
