package org.ebank.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.corporate.operator.domain.Totp;
import org.ebank.infra.AuthenticatorApp;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.testing.AccountServiceFixture;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Corporate netbank operators: staff enrol the administrator, who activates (activation code, password, token secret),
 * binds the dynamic token and signs in with a token account-service issues; the administrator enrols makers and checkers.
 * Replayed codes, wrong answers and lockout as a fraudster would try them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperatorIT {

    private static final AtomicInteger ENTERPRISES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "Corp2026ok";

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, OperatorIT.class);
        accounts = AccountServiceFixture.start(namespace);
        registry.add("ebank.account.url", accounts::url);
    }

    @AfterAll
    static void stop() {
        accounts.close();
    }

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;

    private final String staff = TestJwts.staff("staff01");

    @BeforeEach
    void patience() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void theAdministratorActivatesBindsTheTokenAndSignsInWithATokenAccountServiceIssues() throws Exception {
        Enterprise enterprise = registered();
        post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator", staff, Map.of("loginName", "admin", "name", "张管理", "phone", "13900000000"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://api.ebank.example/problems/no-settlement-account");
        web.post().uri("/api/v1/ops/enterprises/{id}/accounts", enterprise.id())
                .headers(h -> {
                    h.setBearerAuth(staff);
                    h.set("Idempotency-Key", "open-" + enterprise.id());
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("initialDeposit", "0")).exchange().expectStatus().isCreated();
        JsonNode enrolled = post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator", staff,
                Map.of("loginName", "admin", "name", "张管理", "phone", "13900000000")).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        String activationCode = enrolled.get("activationCode").asText();
        assertThat(activationCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator", staff, Map.of("loginName", "admin2", "name", "李", "phone", "13900000000"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/operator-exists");

        post("/api/v1/corporate/activation", null, Map.of("creditCode", enterprise.code(), "loginName", "admin",
                "activationCode", "AAAA-BBBB-CCCC", "password", PASSWORD))
                .expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/login-failed")
                .jsonPath("$.attemptsLeft").doesNotExist();
        byte[] secret = activate(enterprise, "admin", activationCode);
        post("/api/v1/corporate/activation", null, Map.of("creditCode", enterprise.code(), "loginName", "admin",
                "activationCode", activationCode, "password", PASSWORD)).expectStatus().isUnauthorized();

        long step = Totp.step(Instant.now());
        post("/api/v1/corporate/activation/token", null, credentials(enterprise, "admin", Totp.code(secret, step)))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");

        // the code that bound the token is spent: the same code again is a replay, said as such
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "admin", Totp.code(secret, step)))
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/code-used");
        JsonNode signedIn = post("/api/v1/corporate/auth/login", null, credentials(enterprise, "admin", Totp.code(secret, step + 1)))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(signedIn.get("accessToken").asText().split("\\.")[1]));
        assertThat(claims.get("sub").asText()).isEqualTo(enrolled.get("operatorId").asText());
        assertThat(claims.get("enterprise").asText()).isEqualTo(enterprise.id());
        assertThat(claims.get("operatorRole").asText()).isEqualTo("ADMIN");
        assertThat(claims.get("channel").asText()).isEqualTo("CORPORATE_NETBANK");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"OPERATOR\"]");

        String row = db.sql("select password_hash || ' ' || sealed_secret || ' ' || coalesce(activation_code_hash, '-') as r "
                        + "from operator where login_name = 'admin' and enterprise_id = :e").bind("e", enterprise.id())
                .map(r -> r.get("r", String.class)).one().block();
        assertThat(row).as("no secret rests in clear").startsWith("$2a$").contains(" v1:").endsWith(" -")
                .doesNotContain(PASSWORD).doesNotContain(base32(secret)).doesNotContain(activationCode);

        // staff start the administrator over (a lost phone): the old password signs in no more
        post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator/reset", staff, Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.activationCode").exists();
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "admin", Totp.code(secret, step + 2)))
                .expectStatus().isUnauthorized();
    }

    @Test
    void theAdministratorEnrolsMakersAndCheckersOfTheirOwnEnterpriseOnly() {
        Enterprise enterprise = registered();
        Enterprise other = registered();
        String admin = TestJwts.operator("op_admin_" + enterprise.id(), enterprise.id(), "ADMIN");
        post("/api/v1/corporate/operators", admin, Map.of("loginName", "maker1", "name", "王经办", "phone", "13900000001", "role", "MAKER"))
                .expectStatus().isCreated().expectBody().jsonPath("$.activationCode").exists().jsonPath("$.role").isEqualTo("MAKER");
        post("/api/v1/corporate/operators", admin, Map.of("loginName", "checker1", "name", "赵复核", "phone", "13900000000", "role", "CHECKER"))
                .expectStatus().isCreated();
        post("/api/v1/corporate/operators", admin, Map.of("loginName", "maker1", "name", "重名", "phone", "13900000000", "role", "MAKER"))
                .expectStatus().isEqualTo(409);
        post("/api/v1/corporate/operators", admin, Map.of("loginName", "boss", "name", "二号管理员", "phone", "13900000000", "role", "ADMIN"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
        for (Map<String, Object> noPhone : List.<Map<String, Object>>of(Map.of("loginName", "maker4", "name", "无号", "role", "MAKER"),
                Map.of("loginName", "maker4", "name", "座机", "phone", "02088886666", "role", "MAKER"))) {
            post("/api/v1/corporate/operators", admin, noPhone).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        }
        post("/api/v1/corporate/operators", TestJwts.operator("op_m", enterprise.id(), "MAKER"),
                Map.of("loginName", "maker2", "name", "越权", "phone", "13900000000", "role", "CHECKER")).expectStatus().isForbidden();
        post("/api/v1/corporate/operators", TestJwts.customer("cus_1", "NETBANK"),
                Map.of("loginName", "maker3", "name", "个人", "phone", "13900000000", "role", "MAKER")).expectStatus().isForbidden();

        web.get().uri("/api/v1/corporate/operators").headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].loginName").isEqualTo("maker1").jsonPath("$[0].status").isEqualTo("ENROLLED")
                .jsonPath("$[0].phoneMasked").isEqualTo("139****0001").jsonPath("$[0].phone").doesNotExist()
                .jsonPath("$[0].activationCode").doesNotExist().jsonPath("$[0].passwordHash").doesNotExist();
        web.get().uri("/api/v1/corporate/operators").headers(h -> h.setBearerAuth(TestJwts.operator("op_x", other.id(), "ADMIN")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(0);
        web.get().uri("/api/v1/corporate/me").headers(h -> h.setBearerAuth(admin)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.enterpriseId").isEqualTo(enterprise.id()).jsonPath("$.role").isEqualTo("ADMIN");
    }

    @Test
    void fiveWrongAnswersLockTheLoginEvenForTheRightOneAndAnUnknownLoginReadsTheSame() throws Exception {
        Enterprise enterprise = registered();
        String admin = TestJwts.operator("op_admin_" + enterprise.id(), enterprise.id(), "ADMIN");
        JsonNode checker9 = post("/api/v1/corporate/operators", admin, Map.of("loginName", "checker9", "name", "钱复核", "phone", "13900000000", "role", "CHECKER"))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String code = checker9.get("activationCode").asText();
        byte[] secret = activate(enterprise, "checker9", code);
        long step = Totp.step(Instant.now());
        post("/api/v1/corporate/activation/token", null, credentials(enterprise, "checker9", Totp.code(secret, step)))
                .expectStatus().isOk();

        String wrongPassword = null;
        for (int i = 0; i < 4; i++) {
            wrongPassword = problem(post("/api/v1/corporate/auth/login", null, Map.of("creditCode", enterprise.code(), "loginName",
                    "checker9", "password", "Wrong2026x", "code", Totp.code(secret, step + 1))).expectStatus().isUnauthorized());
        }
        String unknownLogin = problem(post("/api/v1/corporate/auth/login", null, Map.of("creditCode", enterprise.code(), "loginName",
                "nobody", "password", "Wrong2026x", "code", "123456")).expectStatus().isUnauthorized());
        assertThat(unknownLogin).as("an unknown login reads exactly as a wrong password").isEqualTo(wrongPassword);
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "checker9", "000000".equals(Totp.code(secret, step + 1))
                ? "111111" : "000000")).expectStatus().isEqualTo(423)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/login-locked").jsonPath("$.lockedUntil").exists();
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "checker9", Totp.code(secret, step + 1)))
                .expectStatus().isEqualTo(423);

        post("/api/v1/corporate/auth/login", null, Map.of("creditCode", "91440100ABC", "loginName", "checker9",
                "password", PASSWORD, "code", "123456")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("creditCode");

        // the administrator starts the locked-out checker over: a new activation code, the lock lifted, password and token gone
        String id = checker9.get("operatorId").asText();
        post("/api/v1/corporate/operators/" + id + "/reset", TestJwts.operator("op_x", registered().id(), "ADMIN"), Map.of())
                .expectStatus().isNotFound();
        post("/api/v1/corporate/operators/op_admin_" + enterprise.id() + "/reset", admin, Map.of()).expectStatus().isNotFound();
        String newCode = post("/api/v1/corporate/operators/" + id + "/reset", admin, Map.of()).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("activationCode").asText();
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "checker9", Totp.code(secret, step + 1)))
                .expectStatus().isUnauthorized();
        // the old activation code is gone
        post("/api/v1/corporate/activation", null, Map.of("creditCode", enterprise.code(), "loginName", "checker9",
                "activationCode", code, "password", PASSWORD)).expectStatus().isUnauthorized();
        byte[] fresh = activate(enterprise, "checker9", newCode);
        long next = Math.max(step + 1, Totp.step(Instant.now()));
        post("/api/v1/corporate/activation/token", null, credentials(enterprise, "checker9", Totp.code(fresh, next)))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
    }

    /** Activates with the code and the test's password; the token's secret, from the otpauth URI. */
    private byte[] activate(Enterprise enterprise, String login, String activationCode) throws Exception {
        JsonNode issued = post("/api/v1/corporate/activation", null, Map.of("creditCode", enterprise.code(), "loginName", login,
                "activationCode", activationCode, "password", PASSWORD)).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        String uri = issued.get("otpauthUri").asText();
        assertThat(uri).startsWith("otpauth://totp/").contains("issuer=").contains("digits=6").contains("period=30");
        return AuthenticatorApp.secretOf(uri);
    }

    /** The problem as a client reads it, but for the request's own path. */
    private static String problem(WebTestClient.ResponseSpec response) {
        JsonNode body = response.expectBody(JsonNode.class).returnResult().getResponseBody();
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("instance");
        return body.toString();
    }

    private static Map<String, Object> credentials(Enterprise enterprise, String login, String code) {
        return Map.of("creditCode", enterprise.code(), "loginName", login, "password", PASSWORD, "code", code);
    }

    private Enterprise registered() {
        String code = CreditCode.completing("91440100" + String.format("%09d", (System.nanoTime() + ENTERPRISES.incrementAndGet())
                % 1_000_000_000L)).value();
        String id = post("/api/v1/ops/enterprises", staff, Map.of("name", "企业" + ENTERPRISES.get(), "creditCode", code,
                        "legalRepresentative", "张乡情", "contactPhone", "13912345678")).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("enterpriseId").asText();
        return new Enterprise(id, code);
    }

    private WebTestClient.ResponseSpec post(String path, String token, Object body) {
        return web.post().uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static String base32(byte[] bytes) {
        return new org.ebank.corporate.operator.domain.TokenSecret(bytes).base32();
    }

    private record Enterprise(String id, String code) {
    }
}
