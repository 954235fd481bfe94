package org.ebank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testing.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ebank.security.public-paths=/api/v1/public/**", "ebank.outbox.relay-enabled=false"})
class ProblemAndSecurityIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, ProblemAndSecurityIT.class);
    }

    @Autowired
    WebTestClient web;

    @Test
    void anExpectedRefusalIsProblemJsonWithAStableTypeAndItsProperties() {
        web.get().uri("/api/v1/public/sold-out").exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/sold-out")
                .jsonPath("$.title").isEqualTo("已售罄")
                .jsonPath("$.detail").isEqualTo("产品额度已售完")
                .jsonPath("$.productCode").isEqualTo("NIGHT01");
    }

    @Test
    void theCallerMayAskForEnglish() {
        web.get().uri("/api/v1/public/sold-out").header("Accept-Language", "en-US").exchange()
                .expectBody().jsonPath("$.detail").isEqualTo("The product's quota is used up");
    }

    @Test
    void anUnexpectedErrorReportsNoInternals() {
        String body = web.get().uri("/api/v1/public/boom").exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("internal-error").doesNotContain("hunter2").doesNotContain("Exception");
    }

    @Test
    void aDatabaseOrTokenKeysThatCannotBeReachedAre503WithRetryAfterAndNoInternals() {
        for (String away : List.of("database-away", "keys-away")) {
            String body = web.get().uri("/api/v1/public/" + away).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(body).as(away).contains("service-unavailable").doesNotContain("127.0.0.1").doesNotContain("Exception");
        }
    }

    @Test
    void malformedJsonWrongTypesUnknownFieldsAndInvalidValuesAreBadRequests() {
        for (String json : List.of("{\"product\":", "{\"product\":\"A\",\"amount\":\"lots\"}",
                "{\"product\":\"A\",\"amount\":\"1\",\"extra\":true}", "[]",
                // amounts are strings ("1.00"): a JSON number may have been rounded through a double on its way here
                "{\"product\":\"A\",\"amount\":1.10}", "{\"product\":\"A\\u0000\",\"amount\":\"1\"}", "{\"product\":true}")) {
            web.post().uri("/api/v1/public/orders").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/malformed-request");
        }
        web.post().uri("/api/v1/public/orders").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"product\":\"\",\"amount\":\"-1\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/invalid-request")
                .jsonPath("$.errors.length()").isEqualTo(2);
    }

    @Test
    void wrongContentTypeAndUnknownPathsAreProblemsToo() {
        web.post().uri("/api/v1/public/orders").contentType(MediaType.TEXT_PLAIN).bodyValue("product=A").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/public/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/not-found");
    }

    @Test
    void aValidTokenIdentifiesTheCallerWithChannelAndDevice() {
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestJwts.customer("c-1", "MOBILE"))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.subject").isEqualTo("c-1")
                .jsonPath("$.channel").isEqualTo("MOBILE")
                .jsonPath("$.device").isEqualTo("device-c-1");
    }

    @Test
    void missingForgedOrExpiredTokensAre401ProblemJson() {
        web.get().uri("/api/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestJwts.forged("c-1"))).exchange()
                .expectStatus().isUnauthorized();
        String expired = TestJwts.token("c-1", List.of("CUSTOMER"), "MOBILE", "d", Duration.ofMinutes(-5));
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(expired)).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void staffPathsRefuseCustomers() {
        web.get().uri("/api/v1/ops/ping").headers(h -> h.setBearerAuth(TestJwts.customer("c-1", "NETBANK"))).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/ops/ping").headers(h -> h.setBearerAuth(TestJwts.staff("s-1"))).exchange()
                .expectStatus().isOk();
    }
}
