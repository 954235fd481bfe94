package org.ebank.insight.kpi.application;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.ebank.insight.kpi.domain.BranchFigures;
import org.ebank.insight.kpi.domain.BranchMonth;
import org.ebank.insight.kpi.domain.BranchTarget;
import org.ebank.insight.kpi.domain.LeagueTable;
import reactor.core.publisher.Mono;

/** Each branch's KPIs for an Asia/Shanghai month against its target, and the league table of all branches. */
public class BranchKpis {

    private final BranchFacts facts;
    private final List<BranchTarget> targets;
    private final Clock clock;

    public BranchKpis(BranchFacts facts, List<BranchTarget> targets, Clock clock) {
        this.facts = facts;
        this.targets = List.copyOf(targets);
        this.clock = clock;
    }

    /** The branch's month; empty when no such branch was ever opened. */
    public Mono<BranchMonth> branch(String code, YearMonth month) {
        return months(month).flatMap(all -> Mono.justOrEmpty(all.stream().filter(m -> m.figures().branch().equals(code)).findFirst()));
    }

    public Mono<LeagueTable> leagueTable(YearMonth month, LeagueTable.RankBy rankBy) {
        return months(month).map(all -> LeagueTable.of(month, rankBy, all));
    }

    private Mono<List<BranchMonth>> months(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        return facts.figures(from, to).map(all -> all.stream().map(f -> BranchMonth.of(month, f, target(f, month))).toList());
    }

    /** The branch's own target for the month, else its standing one; none without either. */
    private BranchTarget target(BranchFigures branch, YearMonth month) {
        return targets.stream()
                .filter(t -> t.branch().equals(branch.branch()) && (t.month() == null || t.month().equals(month)))
                .min(Comparator.comparing(t -> t.month() == null))
                .orElse(null);
    }
}
