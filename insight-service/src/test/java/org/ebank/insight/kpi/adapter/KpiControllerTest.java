package org.ebank.insight.kpi.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.value.Channel;
import org.ebank.insight.kpi.application.KpiReport;
import org.ebank.insight.kpi.application.ReconcileFeeIncome;
import org.ebank.insight.kpi.domain.Enrolments;
import org.ebank.insight.kpi.domain.Figures;
import org.ebank.insight.kpi.domain.Granularity;
import org.ebank.insight.kpi.domain.PushFunnel;
import org.ebank.insight.kpi.domain.Tally;
import org.ebank.insight.kpi.domain.Target;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** Staff's KPIs, the web layer alone: exact strings for amounts and rates, this month by default, ranges it refuses. */
@WebSlice(KpiController.class)
class KpiControllerTest {

    private static final String INVALID = "https://api.ebank.example/problems/invalid-request";

    @Autowired
    WebTestClient web;

    @MockitoBean
    KpiReport report;

    @MockitoBean
    ReconcileFeeIncome reconcile;

    @MockitoBean
    KpiRebuild rebuild;

    @MockitoBean
    KpiProperties properties;

    @MockitoBean
    Audit audit;

    @BeforeEach
    void auditRecords() {
        when(audit.record(any(), any(), any())).thenReturn(Mono.empty());
    }

    @Test
    void aRangeIsReportedPerPeriodWithAmountsAndRatesAsExactStrings() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        Figures november = new Figures(Map.of(Channel.MOBILE, new Enrolments(4, 2)),
                Map.of(Channel.MOBILE, new Tally(3, new BigDecimal("300.00")), Channel.COUNTER, new Tally(1, new BigDecimal("50.00"))),
                Map.of(), new BigDecimal("10.00"), new BigDecimal("2.50"), Map.of("STAR_LEVEL", new BigDecimal("5.00")),
                Map.of("R001", Map.of(Channel.MOBILE, 2L)), new PushFunnel(10, 4, 1));
        KpiReport.TargetAttainment quarter = new KpiReport.TargetAttainment("2026-Q4", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), Map.of("registrations",
                        new Target.Attainment(new BigDecimal("35000"), new BigDecimal("4"), new BigDecimal("0.0001"))));
        when(properties.referralRewards()).thenReturn(Map.of(Channel.MOBILE, new BigDecimal("20.00")));
        when(report.report(from, to, Granularity.MONTH)).thenReturn(Mono.just(new KpiReport.Report(from, to, Granularity.MONTH,
                new TreeMap<>(Map.of("2026-11", november)), november, List.of(quarter))));

        staff().get().uri("/api/v1/ops/kpis?from=2026-11-01&to=2026-11-30&granularity=MONTH").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.from").isEqualTo("2026-11-01")
                .jsonPath("$.granularity").isEqualTo("MONTH")
                .jsonPath("$.periods[0].period").isEqualTo("2026-11")
                .jsonPath("$.periods[0].feeIncome").isEqualTo("7.50")
                .jsonPath("$.total.enrolments.MOBILE").isEqualTo(4)
                .jsonPath("$.total.activationRate.MOBILE").isEqualTo("0.5000")
                .jsonPath("$.total.transactions.electronic.count").isEqualTo(3)
                .jsonPath("$.total.transactions.all.amount").isEqualTo("350.00")
                .jsonPath("$.total.transactions.byChannel.COUNTER.amount").isEqualTo("50.00")
                .jsonPath("$.total.substitutionRate").isEqualTo("0.7500")
                .jsonPath("$.total.feesWaived.STAR_LEVEL").isEqualTo("5.00")
                .jsonPath("$.total.referrals[0].referrerCode").isEqualTo("R001")
                .jsonPath("$.total.referrals[0].incentive").isEqualTo("40.00")
                .jsonPath("$.total.pushConversion.openRate").isEqualTo("0.4000")
                .jsonPath("$.attainment[0].name").isEqualTo("2026-Q4")
                .jsonPath("$.attainment[0].measures.registrations.target").isEqualTo("35000");
    }

    @Test
    void withoutDatesTheReportIsThisMonthSoFarByDayAndTheReconciliationIsToday() {
        when(report.report(any(), any(), any())).thenAnswer(call -> Mono.just(new KpiReport.Report(call.getArgument(0),
                call.getArgument(1), call.getArgument(2), new TreeMap<>(), Figures.NONE, List.of())));
        when(reconcile.reconcile(any(), any())).thenAnswer(call -> Mono.just(new ReconcileFeeIncome.Reconciliation(
                call.getArgument(0), call.getArgument(1), new BigDecimal("7.50"), new BigDecimal("7.50"), new BigDecimal("0.00"),
                true, Map.of("ANNUAL_FEE", new BigDecimal("10.00")))));
        LocalDate before = LocalDate.now(PlatformAutoConfiguration.BANK_ZONE);

        staff().get().uri("/api/v1/ops/kpis").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.granularity").isEqualTo("DAY");
        staff().get().uri("/api/v1/ops/kpis/reconciliation").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.kpiFeeIncome").isEqualTo("7.50").jsonPath("$.difference").isEqualTo("0.00")
                .jsonPath("$.balanced").isEqualTo(true).jsonPath("$.otherLedgerFeeIncome.ANNUAL_FEE").isEqualTo("10.00");
        LocalDate after = LocalDate.now(PlatformAutoConfiguration.BANK_ZONE);

        ArgumentCaptor<LocalDate> from = ArgumentCaptor.forClass(LocalDate.class);
        ArgumentCaptor<LocalDate> to = ArgumentCaptor.forClass(LocalDate.class);
        verify(report).report(from.capture(), to.capture(), eq(Granularity.DAY));
        assertThat(to.getValue()).isBetween(before, after);
        assertThat(from.getValue()).isEqualTo(to.getValue().withDayOfMonth(1));

        verify(reconcile).reconcile(from.capture(), to.capture());
        assertThat(to.getValue()).isBetween(before, after);
        assertThat(from.getValue()).isEqualTo(to.getValue());
    }

    @Test
    void backwardsOrOverlongRangesAndUnknownGranularitiesAreRefusedBeforeAnythingIsCounted() {
        staff().get().uri("/api/v1/ops/kpis?from=2026-12-01&to=2026-11-30").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(INVALID);
        staff().get().uri("/api/v1/ops/kpis?from=2025-11-29&to=2026-11-30").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(INVALID);
        staff().get().uri("/api/v1/ops/kpis?from=2026-02-30&to=2026-03-31").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        staff().get().uri("/api/v1/ops/kpis?granularity=WEEK").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        staff().get().uri("/api/v1/ops/kpis/reconciliation?from=2026-12-01&to=2026-11-30").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(INVALID);

        verify(report, never()).report(any(), any(), any());
        verify(reconcile, never()).reconcile(any(), any());
    }

    @Test
    void onlyStaffReadOrRebuildTheKpisAndARebuildIsAudited() {
        String customer = TestJwts.customer("cus-1", "MOBILE");
        web.get().uri("/api/v1/ops/kpis").headers(h -> h.setBearerAuth(customer)).exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/ops/kpis/reconciliation").headers(h -> h.setBearerAuth(customer)).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/ops/kpis/rebuild").headers(h -> h.setBearerAuth(customer)).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/ops/kpis/rebuild").exchange().expectStatus().isUnauthorized();
        verify(report, never()).report(any(), any(), any());
        verify(reconcile, never()).reconcile(any(), any());
        verify(rebuild, never()).rebuild();
        verify(audit, never()).record(any(), any(), any());

        when(rebuild.rebuild()).thenReturn(Mono.empty());
        staff().post().uri("/api/v1/ops/kpis/rebuild").exchange().expectStatus().isAccepted()
                .expectBody().jsonPath("$.status").isEqualTo("REBUILDING");
        verify(audit).record(AuditAction.KPIS_REBUILT, null, Map.of());
        verify(rebuild).rebuild();
    }

    private WebTestClient staff() {
        return web.mutate().defaultHeaders(h -> h.setBearerAuth(TestJwts.staff("staff01"))).build();
    }
}
