package org.ebank.insight.kpi.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.YearMonth;
import org.ebank.insight.kpi.application.AtmDevices;
import org.ebank.insight.kpi.application.BranchKpis;
import org.ebank.insight.kpi.domain.LeagueTable;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.MonthInput;
import org.ebank.platform.problem.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Each branch's KPIs for a month against its target, and the league table (通报) the city bank publishes (staff only).
 * Months are Asia/Shanghai calendar months, {@code 2026-11}; this month so far by default.
 */
@RestController
class BranchKpiController {

    private final BranchKpis kpis;
    private final AtmDevices atms;
    private final Clock clock;

    BranchKpiController(BranchKpis kpis, AtmDevices atms, Clock clock) {
        this.kpis = kpis;
        this.atms = atms;
        this.clock = clock;
    }

    @Operation(operationId = "getBranchKpis", summary = "A branch's KPIs for a month, and its target's attainment")
    @GetMapping("/api/v1/ops/branches/{code}/kpis")
    Mono<KpiJson.BranchView> branch(@PathVariable String code, @RequestParam(required = false) YearMonth month) {
        return kpis.branch(code, month == null ? YearMonth.now(clock) : MonthInput.of(month)).map(KpiJson.BranchView::of)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.NOT_FOUND, new Text("没有该网点", "No such branch"))));
    }

    @Operation(operationId = "getLeagueTable", summary = "The branches ranked for a month (通报), by attainment or by one measure")
    @GetMapping("/api/v1/ops/league-table")
    Mono<KpiJson.LeagueTableView> leagueTable(@RequestParam(required = false) YearMonth month,
                                              @RequestParam(defaultValue = "ATTAINMENT") LeagueTable.RankBy rankBy) {
        return kpis.leagueTable(month == null ? YearMonth.now(clock) : MonthInput.of(month), rankBy).map(KpiJson.LeagueTableView::of);
    }

    /** Last month's review by default: the one a month's end closes. */
    @Operation(operationId = "getAtmReview", summary = "The ATMs' transactions per device over three months, the bottom tenth of three months running flagged (末位淘汰)")
    @GetMapping("/api/v1/ops/atm-devices")
    Mono<KpiJson.AtmReviewView> atmDevices(@RequestParam(required = false) YearMonth month) {
        return atms.review(month == null ? YearMonth.now(clock).minusMonths(1) : MonthInput.of(month)).map(KpiJson.AtmReviewView::of);
    }
}
