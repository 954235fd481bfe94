package org.ebank.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on its own, in front of services that are down: it still authenticates, slows scripts down
 * with 429 problem+json, answers for the missing service with a 503 problem+json, and guards the edge (CORS for
 * the netbank origin, security headers, request ids, body size).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebank.services.account=http://127.0.0.1:9", "ebank.services.transfer=http://127.0.0.1:9",
        "ebank.services.wealth=http://127.0.0.1:9", "ebank.services.notification=http://127.0.0.1:9",
        "ebank.rate-limits.sensitive.burst=3", "ebank.rate-limits.sensitive.per-second=0.001",
        "ebank.rate-limits.customer.burst=5", "ebank.rate-limits.customer.per-second=0.001",
        "ebank.gateway.netbank-origin=https://netbank.test"})
class GatewayIT {

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestJwts.register(registry);
    }

    @Autowired
    WebTestClient web;

    @Test
    void signInAttemptsFromOneAddressAreSlowedToTheConfiguredRate() {
        for (int i = 0; i < 3; i++) {
            login().expectStatus().isEqualTo(503).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        login().expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/too-many-requests");
    }

    @Test
    void eachCustomerHasTheirOwnAllowance() {
        String busy = TestJwts.customer("cus-busy", "MOBILE");
        for (int i = 0; i < 5; i++) {
            accounts(busy).expectStatus().isEqualTo(503);
        }
        accounts(busy).expectStatus().isEqualTo(429);
        accounts(TestJwts.customer("cus-calm", "MOBILE")).expectStatus().isEqualTo(503);
    }

    @Test
    void strangersAndForgedTokensNeverReachAService() {
        web.get().uri("/api/v1/accounts").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(TestJwts.forged("cus-x"))).exchange()
                .expectStatus().isUnauthorized();
        String body = web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(TestJwts.customer("cus-down", "NETBANK")))
                .exchange().expectStatus().isEqualTo(503).expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("service-unavailable").doesNotContain("Exception").doesNotContain("127.0.0.1");
    }

    @Test
    void theNetbankOriginMayCallTheApiFromABrowserAndNoOtherOriginMay() {
        web.options().uri("/api/v1/accounts").header("Origin", "https://netbank.test")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "Authorization, Idempotency-Key")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://netbank.test")
                .expectHeader().value("Access-Control-Allow-Headers", h -> assertThat(h).containsIgnoringCase("idempotency-key"));
        web.options().uri("/api/v1/accounts").header("Origin", "https://evil.test").header("Access-Control-Request-Method", "POST")
                .exchange().expectStatus().isForbidden().expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void aForeignOriginIsToldWhyInAProblemAndASignInIsAskedForTheBearerWay() {
        web.options().uri("/api/v1/accounts").header("Origin", "https://evil.test").header("Access-Control-Request-Method", "POST")
                .exchange().expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/origin-not-allowed");
        web.get().uri("/api/v1/accounts").header("Origin", "https://evil.test").exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        web.get().uri("/api/v1/accounts").exchange().expectStatus().isUnauthorized().expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(TestJwts.forged("cus-x"))).exchange()
                .expectStatus().isUnauthorized().expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }

    @Test
    void withoutATokenAnUnknownPathIsNotFoundAndAWrongMethodIsNotAllowedRatherThanUnauthorized() {
        web.get().uri("/api/v1/no-such-thing").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.patch().uri("/api/v1/accounts").exchange().expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Allow", allow -> assertThat(allow).contains("GET").doesNotContain("PATCH"));
        web.delete().uri("/api/v1/wealth/products").exchange().expectStatus().isEqualTo(405);
        web.get().uri("/api/v1/accounts").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void responsesCarrySecurityHeadersAndARequestId() {
        var response = web.get().uri("/api/v1/accounts").header("X-Request-Id", "chosen-by-the-client")
                .header("X-Client-Request-Id", "app-1234-abcd").exchange();
        response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().exists("X-Frame-Options")
                .expectHeader().value("Cache-Control", c -> assertThat(c).contains("no-store"))
                .expectHeader().value("X-Request-Id", id -> assertThat(id).as("the gateway's own").matches("[0-9a-f-]{36}"))
                .expectHeader().valueEquals("X-Client-Request-Id", "app-1234-abcd");
        web.get().uri("/api/v1/accounts").header("X-Client-Request-Id", "bad id with spaces").exchange()
                .expectHeader().doesNotExist("X-Client-Request-Id");
    }

    @Test
    void theNetbankPageIsServedAtTheRootWithoutATokenAndRunsOnlyItsOwnScripts() {
        web.get().uri("/").accept(MediaType.TEXT_HTML).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none';"
                        + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
                .expectBody(String.class).value(page -> assertThat(page).contains("<script type=\"module\" src=\"/netbank/app.js\">"));
        web.get().uri("/netbank/money.js").exchange().expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script).contains("export function parseAmount"));
        web.get().uri("/netbank/none.js").exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/accounts").exchange().expectHeader().doesNotExist("Content-Security-Policy");
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWithProblemJsonBeforeItReachesAService() {
        web.post().uri("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"x\":\"" + "a".repeat(70_000) + "\"}")
                .exchange().expectStatus().isEqualTo(413).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/payload-too-large");
        // a payroll file of 5,000 rows is larger than that, and up to 2 MB is let through (here: on to sign-in's 401)
        MediaType csv = MediaType.parseMediaType("text/csv");
        web.post().uri("/api/v1/corporate/payroll-batches?fromAccountId=cacc_1&purpose=SALARY").contentType(csv)
                .bodyValue("账号,户名,金额,附言\n" + "6217001234567890123,张三,1.00,\n".repeat(5_000)).exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/v1/corporate/payroll-batches?fromAccountId=cacc_1&purpose=SALARY").contentType(csv)
                .bodyValue("x".repeat(2 * 1024 * 1024 + 1)).exchange().expectStatus().isEqualTo(413);
    }

    private WebTestClient.ResponseSpec login() {
        return web.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", "13800000001", "password", "guess", "channel", "NETBANK")).exchange();
    }

    private WebTestClient.ResponseSpec accounts(String token) {
        return web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(token)).exchange();
    }
}
