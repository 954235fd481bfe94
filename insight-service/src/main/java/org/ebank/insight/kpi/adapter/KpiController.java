package org.ebank.insight.kpi.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.insight.kpi.application.KpiFigures;
import org.ebank.insight.kpi.application.KpiReport;
import org.ebank.insight.kpi.application.ReconcileFeeIncome;
import org.ebank.insight.kpi.domain.Granularity;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The e-banking KPIs for staff (/api/v1/ops/** needs STAFF): the report, its reconciliation with the ledger, a rebuild. */
@RestController
class KpiController {

    private static final long MAX_DAYS = 366;

    private final KpiReport report;
    private final ReconcileFeeIncome reconcile;
    private final KpiRebuild rebuild;
    private final KpiProperties properties;
    private final Audit audit;
    private final Clock clock;

    KpiController(KpiReport report, ReconcileFeeIncome reconcile, KpiRebuild rebuild, KpiProperties properties, Audit audit,
                  Clock clock) {
        this.audit = audit;
        this.report = report;
        this.reconcile = reconcile;
        this.rebuild = rebuild;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code from} and {@code to} are Asia/Shanghai dates, both included; by default this month so far, by day. */
    @Operation(operationId = "getKpis", summary = "The bank's e-banking KPIs per period and channel")
    @GetMapping("/api/v1/ops/kpis")
    Mono<KpiJson.ReportView> kpis(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                   @RequestParam(defaultValue = "DAY") Granularity granularity) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = checked(from == null ? end.withDayOfMonth(1) : from, end);
        return report.report(start, end, granularity).map(r -> KpiJson.ReportView.of(r, properties.referralRewards()));
    }

    /** Referrer codes no staff member had when their customers enrolled: they earn nobody anything; staff review them. */
    @Operation(operationId = "listUnknownReferrals", summary = "Referrer codes given at enrolment that were no staff member's")
    @GetMapping("/api/v1/ops/kpis/unknown-referrals")
    Mono<List<KpiFigures.UnknownReferral>> unknownReferrals(@RequestParam(required = false) LocalDate from,
                                                            @RequestParam(required = false) LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        return report.unknownReferrals(checked(from == null ? end.withDayOfMonth(1) : from, end), end).collectList();
    }

    @Operation(operationId = "reconcileFeeIncome", summary = "Fee income by the KPIs against the ledger, to the fen")
    @Refusals({"service-unavailable"})
    @GetMapping("/api/v1/ops/kpis/reconciliation")
    Mono<ReconciliationView> reconciliation(@RequestParam(required = false) LocalDate from,
                                             @RequestParam(required = false) LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        return reconcile.reconcile(checked(from == null ? end : from, end), end).map(ReconciliationView::of);
    }

    /** Forgets the read model and reads the retained events again from the start; the KPIs fill up again as it goes. */
    @Operation(operationId = "rebuildKpis", summary = "Forget the KPI read model and read the events again")
    @PostMapping("/api/v1/ops/kpis/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<Rebuild> rebuild() {
        return audit.record(AuditAction.KPIS_REBUILT, null, Map.of()).then(rebuild.rebuild()).thenReturn(new Rebuild("REBUILDING"));
    }

    record Rebuild(String status) {
    }

    /** The e-banking fee income the KPIs counted against what the ledger's fee-income account took in, to the fen. */
    record ReconciliationView(LocalDate from, LocalDate to, String kpiFeeIncome, String ledgerFeeIncome, String difference,
                              boolean balanced, Map<String, String> otherLedgerFeeIncome) {

        static ReconciliationView of(ReconcileFeeIncome.Reconciliation r) {
            Map<String, String> other = new TreeMap<>();
            r.otherLedgerFeeIncome().forEach((kind, amount) -> other.put(kind, amount.toPlainString()));
            return new ReconciliationView(r.from(), r.to(), r.kpiFeeIncome().toPlainString(), r.ledgerFeeIncome().toPlainString(),
                    r.difference().toPlainString(), r.balanced(), other);
        }
    }

    private static LocalDate checked(LocalDate from, LocalDate to) {
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ApiException(CommonProblems.INVALID_REQUEST, new Text("日期范围无效：起始日期不能晚于结束日期，且最长 366 天",
                    "Invalid date range: from must not be after to, and at most 366 days"));
        }
        return from;
    }
}
