package org.ebank.wealth.suitability.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.wealth.RiskAssessed;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.ebank.wealth.suitability.application.AssessRisk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** The risk questionnaire, the web layer alone: whose answers reach the assessment, how its level reads, what never does. */
@WebSlice(AssessmentController.class)
class AssessmentControllerTest {

    private static final List<Integer> ANSWERS = List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 4);

    @Autowired
    WebTestClient web;

    @MockitoBean
    AssessRisk assessRisk;

    @Test
    void theSignedInCustomersAnswersGiveTheirLevelAndHowLongItHolds() {
        when(assessRisk.assess(eq("cus-1"), eq(ANSWERS))).thenReturn(Mono.just(new RiskAssessed("cus-1", 3,
                Instant.parse("2027-11-30T02:00:00Z"), Instant.parse("2026-11-30T02:00:00Z"))));

        assess(TestJwts.customer("cus-1", "NETBANK"), Map.of("answers", ANSWERS)).expectStatus().isCreated()
                .expectBody().jsonPath("$.level").isEqualTo("C3").jsonPath("$.validUntil").isEqualTo("2027-11-30T02:00:00Z");

        verify(assessRisk).assess(eq("cus-1"), eq(ANSWERS));
    }

    @Test
    void anythingButTenAnswersOfOneToFiveNeverReachesTheAssessment() {
        for (Map<String, Object> invalid : List.<Map<String, Object>>of(
                Map.of("answers", List.of(3, 3, 3, 3, 3, 3, 3, 3, 3)),
                Map.of("answers", List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3)),
                Map.of("answers", List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 6)),
                Map.of("answers", List.of(0, 3, 3, 3, 3, 3, 3, 3, 3, 3)),
                Map.of("answers", List.of("3", "3", "3", "3", "3", "3", "3", "3", "3", "3")),
                Map.of())) {
            assess(TestJwts.customer("cus-1", "MOBILE"), invalid).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        verify(assessRisk, never()).assess(any(), any());
    }

    @Test
    void onlyACustomerSignedInThroughAnEChannelIsAssessed() {
        String noChannel = TestJwts.token("cus-1", List.of("CUSTOMER"), null, "device-cus-1", Duration.ofMinutes(15));
        for (String token : List.of(TestJwts.staff("staff01"), noChannel)) {
            assess(token, Map.of("answers", ANSWERS)).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/forbidden");
        }
        web.post().uri("/api/v1/wealth/risk-assessments").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answers", ANSWERS)).exchange().expectStatus().isUnauthorized();
        verify(assessRisk, never()).assess(any(), any());
    }

    private WebTestClient.ResponseSpec assess(String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/wealth/risk-assessments").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
