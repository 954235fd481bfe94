package org.ebank.insight.kpi.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import org.ebank.insight.kpi.application.FindProspects;
import org.ebank.insight.kpi.domain.Prospect;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Customers to invite to e-banking, the web layer alone: masked phones and reasons, a bounded page, audited, staff only. */
@WebSlice(ProspectsController.class)
class ProspectsControllerTest {

    private static final String INVALID = "https://api.ebank.example/problems/invalid-request";

    @Autowired
    WebTestClient web;

    @MockitoBean
    FindProspects findProspects;

    @Test
    void prospectsShowMaskedPhonesAndWhyTheyAreListed() {
        when(findProspects.top("0101", "0101", 10)).thenReturn(Mono.just(List.of(
                new Prospect("ent-7", true, "广州乡情贸易有限公司", "138****8000", 23, 2, true),
                new Prospect("cus-8", false, null, "", 0, 0, false))));

        staff().get().uri("/api/v1/ops/prospects?limit=10").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].customerId").isEqualTo("ent-7")
                .jsonPath("$.items[0].kind").isEqualTo("ENTERPRISE")
                .jsonPath("$.items[0].name").isEqualTo("广州乡情贸易有限公司")
                .jsonPath("$.items[0].phone").isEqualTo("138****8000")
                .jsonPath("$.items[0].settlementTransactions30Days").isEqualTo(23)
                .jsonPath("$.items[0].counterTransactions30Days").isEqualTo(2)
                .jsonPath("$.items[0].newAccount").isEqualTo(true)
                .jsonPath("$.items[0].reasons").isEqualTo(List.of("SETTLEMENT_HEAVY", "NEW_ACCOUNT", "COUNTER_TRANSACTIONS"))
                .jsonPath("$.items[1].customerId").isEqualTo("cus-8")
                .jsonPath("$.items[1].kind").isEqualTo("PERSON")
                .jsonPath("$.items[1].name").isEqualTo("")
                .jsonPath("$.items[1].reasons").isEmpty();
    }

    @Test
    void aBranchTheCallerMayNotReadAndACallerWithoutABranchAreRefused() {
        when(findProspects.top("0101", "0102", 50)).thenReturn(Mono.empty());

        staff().get().uri("/api/v1/ops/prospects?branch=0102").exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/ops/prospects").headers(h -> h.setBearerAuth(TestJwts.staff("ops-1"))).exchange()
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verify(findProspects, never()).top(eq("0101"), eq("0101"), anyInt());
    }

    @Test
    void aLimitOutsideOneToFiveHundredNeverReachesTheReadModel() {
        staff().get().uri("/api/v1/ops/prospects?limit=0").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(INVALID);
        staff().get().uri("/api/v1/ops/prospects?limit=501").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(INVALID);
        staff().get().uri("/api/v1/ops/prospects?limit=many").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        verify(findProspects, never()).top(any(), any(), anyInt());
    }

    @Test
    void onlyStaffSeeProspects() {
        web.get().uri("/api/v1/ops/prospects").headers(h -> h.setBearerAuth(TestJwts.customer("cus-1", "MOBILE"))).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/v1/ops/prospects")
                .headers(h -> h.setBearerAuth(TestJwts.token("atm-01", List.of("CHANNEL"), null, null, Duration.ofMinutes(15))))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/ops/prospects").exchange().expectStatus().isUnauthorized();

        verify(findProspects, never()).top(any(), any(), anyInt());
    }

    private WebTestClient staff() {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestJwts.staff("staff01", "0101", false))).build();
    }
}
