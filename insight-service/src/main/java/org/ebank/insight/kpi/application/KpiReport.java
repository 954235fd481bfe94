package org.ebank.insight.kpi.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Predicate;
import org.ebank.insight.kpi.domain.Figures;
import org.ebank.insight.kpi.domain.Granularity;
import org.ebank.insight.kpi.domain.Target;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The bank's KPIs for a range of Asia/Shanghai dates: per period, in total, and against the targets that overlap it. */
public class KpiReport {

    private final KpiFigures figures;
    private final List<Target> targets;
    private final Clock clock;

    public KpiReport(KpiFigures figures, List<Target> targets, Clock clock) {
        this.figures = figures;
        this.targets = targets;
        this.clock = clock;
    }

    public Mono<Report> report(LocalDate from, LocalDate to, Granularity granularity) {
        return figures.byPeriod(start(from), start(to.plusDays(1)), granularity)
                .zipWith(attainment(t -> t.overlaps(from, to)))
                .map(both -> new Report(from, to, granularity, both.getT1(), sum(both.getT1()), both.getT2()));
    }

    /** Enrolments from {@code from} to {@code to} whose referrer code was no staff member's. */
    public Flux<KpiFigures.UnknownReferral> unknownReferrals(LocalDate from, LocalDate to) {
        return figures.unknownReferrals(start(from), start(to.plusDays(1)));
    }

    /** The chosen targets, each measured over its own period. */
    public Mono<List<TargetAttainment>> attainment(Predicate<Target> which) {
        return Flux.fromIterable(targets).filter(which)
                .concatMap(t -> total(t.from(), t.to()).map(actual -> new TargetAttainment(t.name(), t.from(), t.to(), t.attainment(actual))))
                .collectList();
    }

    /** All figures from {@code from} to {@code to}, both dates included. */
    public Mono<Figures> total(LocalDate from, LocalDate to) {
        return figures.byPeriod(start(from), start(to.plusDays(1)), Granularity.MONTH).map(KpiReport::sum);
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static Figures sum(Map<String, Figures> periods) {
        return periods.values().stream().reduce(Figures.NONE, Figures::plus);
    }

    public record Report(LocalDate from, LocalDate to, Granularity granularity, SortedMap<String, Figures> periods, Figures total,
                         List<TargetAttainment> attainment) {
    }

    public record TargetAttainment(String name, LocalDate from, LocalDate to, Map<String, Target.Attainment> measures) {
    }
}
