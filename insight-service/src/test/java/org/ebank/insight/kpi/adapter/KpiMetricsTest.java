package org.ebank.insight.kpi.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ebank.insight.kpi.application.BranchFacts;
import org.ebank.insight.kpi.application.BranchKpis;
import org.ebank.insight.kpi.application.KpiFigures;
import org.ebank.insight.kpi.application.KpiReport;
import org.ebank.insight.kpi.domain.AtmReview;
import org.ebank.insight.kpi.domain.BranchFigures;
import org.ebank.insight.kpi.domain.Figures;
import org.ebank.insight.kpi.domain.Granularity;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.testing.MutableClock;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The month's KPIs as gauges: their series stay put when a month ends, so dashboards and alerts never lose them. */
class KpiMetricsTest {

    private static final String RULE = "XIANGQING_SCHEDULED_CROSS_REGION";

    /** November's facts: one fee of 2.00 waived by the 乡情卡 rule; nothing yet in December. */
    private static final KpiFigures NOVEMBER_WAIVED_ONE = new KpiFigures() {

        @Override
        public Mono<SortedMap<String, Figures>> byPeriod(Instant from, Instant to, Granularity granularity) {
            Instant november = YearMonth.of(2026, 11).atDay(1).atStartOfDay(PlatformAutoConfiguration.BANK_ZONE).toInstant();
            TreeMap<String, Figures> periods = new TreeMap<>();
            if (!november.isBefore(from) && november.isBefore(to)) {
                periods.put("2026-11", new Figures(Map.of(), Map.of(), Map.of(), BigDecimal.ZERO, BigDecimal.ZERO,
                        Map.of(RULE, new BigDecimal("2.00")), Map.of(), Figures.NONE.pushes()));
            }
            return Mono.just(periods);
        }

        @Override
        public Flux<UnknownReferral> unknownReferrals(Instant from, Instant to) {
            return Flux.empty();
        }
    };

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aWaiverRuleOfTheMonthThatEndedStaysAtZeroInTheNewOne() {
        MutableClock clock = MutableClock.at(LocalDateTime.of(2026, 11, 30, 23, 59), PlatformAutoConfiguration.BANK_ZONE);
        KpiMetrics metrics = metrics(clock);

        metrics.refresh();
        assertThat(waived()).as("November so far").isEqualTo(2.0);

        clock.advance(Duration.ofMinutes(2));
        metrics.refresh();
        assertThat(waived()).as("1 December: nothing waived yet, and the series is still there").isZero();
    }

    @Test
    void aServiceStartedEarlyInAMonthShowsLastMonthsRulesAtZero() {
        KpiMetrics metrics = metrics(MutableClock.at(LocalDateTime.of(2026, 12, 1, 8, 0), PlatformAutoConfiguration.BANK_ZONE));

        metrics.refresh();

        assertThat(waived()).isZero();
    }

    @Test
    void eachBranchHasItsSeriesNaNForARateOverNothing() {
        KpiMetrics metrics = metrics(MutableClock.at(LocalDateTime.of(2026, 12, 1, 8, 0), PlatformAutoConfiguration.BANK_ZONE));

        metrics.refresh();

        assertThat(meters.get("ebank.kpi.branch.new.customers").tags("branch", "0101", "name", "城东支行").gauge().value()).isZero();
        assertThat(meters.get("ebank.kpi.branch.substitution.rate").tag("branch", "0101").gauge().value()).isNaN();
        assertThat(meters.get("ebank.kpi.branch.rank").tag("branch", "0101").gauge().value()).as("no target, no place").isNaN();
    }

    private KpiMetrics metrics(MutableClock clock) {
        BranchFacts oneBranch = new BranchFacts() {
            @Override
            public Mono<List<BranchFigures>> figures(Instant from, Instant to) {
                return Mono.just(List.of(BranchFigures.none("0101", "城东支行")));
            }

            @Override
            public Flux<AtmReview.Usage> atmUsage(Instant from, Instant to, ZoneId zone) {
                return Flux.empty();
            }
        };
        return new KpiMetrics(new KpiReport(NOVEMBER_WAIVED_ONE, List.of(), clock), new BranchKpis(oneBranch, List.of(), clock),
                new KpiProperties(Map.of(), List.of(), List.of(), Duration.ofSeconds(15), null, null), clock, meters);
    }

    private double waived() {
        return meters.get("ebank.kpi.fees.waived").tag("rule", RULE).gauge().value();
    }
}
