package org.ebank.notification.audit.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ebank.notification.audit.application.AuditTrail;
import org.ebank.notification.audit.domain.AuditQuery;
import org.ebank.notification.audit.domain.AuditRecord;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** Staff's view of the audit trail, the web layer alone: Shanghai days, pages that continue, and filters it refuses. */
@WebSlice(AuditController.class)
class AuditControllerTest {

    private static final AuditRecord OLDEST = record("e-1", "2026-11-29T16:30:00Z");
    private static final AuditRecord NEWEST = record("e-2", "2026-11-29T17:00:00Z");

    @Autowired
    WebTestClient web;

    @MockitoBean
    AuditTrail trail;

    @Test
    void aDayIsAShanghaiDayAndAFullPageLeadsToTheNext() {
        when(trail.search(any())).thenReturn(Flux.just(NEWEST, OLDEST));

        Map<?, ?> page = read("/api/v1/ops/audit?actor=staff01&from=2026-11-30&to=2026-11-30&limit=2").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((List<?>) page.get("items")).stream().map(item -> String.valueOf(((Map<?, ?>) item).get("id"))).toList())
                .containsExactly("e-2", "e-1");
        assertThat(page.get("nextCursor")).isNotNull();

        ArgumentCaptor<AuditQuery> asked = ArgumentCaptor.forClass(AuditQuery.class);
        verify(trail).search(asked.capture());
        assertThat(asked.getValue().actor()).isEqualTo("staff01");
        assertThat(asked.getValue().from()).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
        assertThat(asked.getValue().to()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(asked.getValue().limit()).isEqualTo(2);

        read("/api/v1/ops/audit?limit=2&cursor=" + page.get("nextCursor")).expectStatus().isOk();
        verify(trail, times(2)).search(asked.capture());
        assertThat(asked.getValue().before()).isEqualTo(new AuditQuery.Cursor(OLDEST.at(), OLDEST.id()));
    }

    @Test
    void filtersItCannotUnderstandAreRefusedNamingTheField() {
        read("/api/v1/ops/audit?action=DELETE_EVERYTHING").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("action");
        read("/api/v1/ops/audit?from=2026-11-30&to=2026-11-29").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        read("/api/v1/ops/audit?cursor=not-a-cursor").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        verify(trail, never()).search(any());
    }

    @Test
    void onlyStaffReadIt() {
        web.get().uri("/api/v1/ops/audit").headers(h -> h.setBearerAuth(TestJwts.customer("cus-1", "MOBILE")))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/ops/audit").exchange().expectStatus().isUnauthorized();
        verify(trail, never()).search(any());
    }

    private WebTestClient.ResponseSpec read(String uri) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(TestJwts.staff("staff01"))).exchange();
    }

    private static AuditRecord record(String id, String at) {
        return new AuditRecord(id, "staff01", "STAFF", "FEE_WAIVED", "t-1", Map.of("reason", "投诉处理"), "transfer-service",
                "req-1", Instant.parse(at));
    }
}
