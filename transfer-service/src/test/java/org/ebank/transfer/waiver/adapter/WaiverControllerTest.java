package org.ebank.transfer.waiver.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.ebank.transfer.transfer.application.Outcome;
import org.ebank.transfer.transfer.domain.Refusal;
import org.ebank.transfer.waiver.application.WaiveFee;
import org.ebank.transfer.waiver.domain.ManualWaiver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Staff giving a fee back by hand, the web layer alone: in whose name, with a reason, and what it refuses. */
@WebSlice(WaiverController.class)
class WaiverControllerTest {

    @Autowired
    WebTestClient web;

    @MockitoBean
    WaiveFee waiveFee;

    @Test
    void aWaiverIsRecordedInTheNameOfTheStaffWhoAskedWithTheirReason() {
        when(waiveFee.waive("staff01", "t-1", "投诉处理 complaint")).thenReturn(Mono.just(Outcome.ok(
                new ManualWaiver("t-1", "staff01", "投诉处理 complaint", "5.00", Instant.parse("2026-11-30T02:00:00Z")))));

        waive("t-1", TestJwts.staff("staff01"), Map.of("reason", "投诉处理 complaint")).expectStatus().isOk()
                .expectBody().jsonPath("$.refunded").isEqualTo("5.00").jsonPath("$.staffId").isEqualTo("staff01");
    }

    @Test
    void aFeeStillClearingOrNeverTakenIsNotGivenBack() {
        when(waiveFee.waive(any(), eq("t-2"), any())).thenReturn(Mono.just(Outcome.refused(Refusal.CLEARING_PENDING)));
        waive("t-2", TestJwts.staff("staff01"), Map.of("reason", "客户要求")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/clearing-pending");

        when(waiveFee.waive(any(), eq("t-3"), any())).thenReturn(Mono.just(Outcome.refused(Refusal.NOTHING_TO_WAIVE)));
        waive("t-3", TestJwts.staff("staff01"), Map.of("reason", "客户要求")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/nothing-to-waive");
    }

    @Test
    void withoutAReasonOrAsACustomerNothingIsWaived() {
        waive("t-1", TestJwts.staff("staff01"), Map.of("reason", "")).expectStatus().isBadRequest();
        waive("t-1", TestJwts.staff("staff01"), Map.of()).expectStatus().isBadRequest();
        waive("t-1", TestJwts.customer("cus-1", "MOBILE"), Map.of("reason", "我想要")).expectStatus().isForbidden();
        verify(waiveFee, never()).waive(any(), any(), any());
    }

    private WebTestClient.ResponseSpec waive(String operationId, String token, Map<String, Object> body) {
        return web.post().uri("/api/v1/ops/fees/{id}/waive", operationId).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
