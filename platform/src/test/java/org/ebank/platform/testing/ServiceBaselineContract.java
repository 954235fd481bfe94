package org.ebank.platform.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every ebank service offers operations and clients, whatever its business: health and
 * readiness, Prometheus metrics with the outbox backlog, its OpenAPI document, and problem+json
 * for an unknown path. A service's test extends this and registers its infrastructure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public abstract class ServiceBaselineContract {

    @Autowired
    protected WebTestClient web;

    @Test
    void reportsHealthAndReadiness() {
        web.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void exposesPrometheusMetricsIncludingTheOutboxBacklog() {
        web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("ebank_outbox_backlog").contains("jvm_memory_used_bytes"));
    }

    @Test
    void servesItsOpenApiDocument() {
        web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.openapi").exists();
    }

    @Test
    void answersAnUnknownPathWithProblemJson() {
        web.get().uri("/api/v1/no-such-thing").exchange()
                .expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status).isIn(401, 404))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
