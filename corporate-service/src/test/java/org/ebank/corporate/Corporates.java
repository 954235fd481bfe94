package org.ebank.corporate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.operator.domain.Totp;
import org.ebank.infra.AuthenticatorApp;
import org.ebank.platform.testing.TestJwts;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What corporate-service's own tests do through its API as staff and operators: register an enterprise, open its
 * accounts, enrol operators who activate and bind their tokens, and give each the next code their token shows.
 */
final class Corporates {

    static final String PASSWORD = "Corp2026ok";

    private final WebTestClient web;
    private final String staff = TestJwts.staff("staff01");
    private final Map<String, Long> lastSteps = new HashMap<>();

    Corporates(WebTestClient web) {
        this.web = web;
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
        return web.post().uri("/api/v1/ops/enterprises/{id}/accounts", enterprise.id())
                .headers(h -> {
                    h.setBearerAuth(staff);
                    h.set("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("initialDeposit", deposit)).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Enrolled by the administrator, activated and its token bound. */
    Operator enrol(Enterprise enterprise, String login, String role) {
        String admin = TestJwts.operator("op_admin", enterprise.id(), "ADMIN");
        return activate(enterprise, login, role, post("/api/v1/corporate/operators", admin, Map.of("loginName", login, "name", "操作员" + login, "phone", "13900000000",
                "role", role)).expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody());
    }

    /** The enterprise's administrator, enrolled by staff (the enterprise must hold an account), activated and its token bound. */
    Operator administrator(Enterprise enterprise) {
        return activate(enterprise, "admin", "ADMIN", post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator", staff,
                Map.of("loginName", "admin", "name", "管理员", "phone", "13900000000")).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody());
    }

    private Operator activate(Enterprise enterprise, String login, String role, JsonNode enrolled) {
        String uri = post("/api/v1/corporate/activation", null, Map.of("creditCode", enterprise.creditCode(), "loginName", login,
                "activationCode", enrolled.get("activationCode").asText(), "password", PASSWORD)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("otpauthUri").asText();
        byte[] secret = AuthenticatorApp.secretOf(uri);
        long step = Totp.step(Instant.now());
        post("/api/v1/corporate/activation/token", null, Map.of("creditCode", enterprise.creditCode(), "loginName", login,
                "password", PASSWORD, "code", Totp.code(secret, step))).expectStatus().isOk();
        String id = enrolled.get("operatorId").asText();
        lastSteps.put(id, step);
        return new Operator(id, enterprise.id(), role, secret);
    }

    /** The operator's token's code now, or the next step's when now's was spent (a step ahead is accepted). */
    String nextCode(Operator operator) {
        long step = Math.max(lastSteps.get(operator.id()) + 1, Totp.step(Instant.now()));
        lastSteps.put(operator.id(), step);
        return Totp.code(operator.secret(), step);
    }

    WebTestClient.ResponseSpec post(String path, String token, Object body) {
        return web.post().uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    record Enterprise(String id, String creditCode) {
    }

    record Operator(String id, String enterpriseId, String role, byte[] secret) {

        String token() {
            return TestJwts.operator(id, enterpriseId, role);
        }
    }
}
