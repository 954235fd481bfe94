package org.ebank.insight.kpi.adapter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.ebank.contracts.value.Channel;
import org.ebank.insight.kpi.application.BranchKpis;
import org.ebank.insight.kpi.application.KpiReport;
import org.ebank.insight.kpi.domain.Figures;
import org.ebank.insight.kpi.domain.LeagueTable;
import org.ebank.insight.kpi.domain.Tally;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The KPIs of the current month so far as Prometheus gauges ({@code ebank_kpi_*}), refreshed every
 * {@code ebank.kpi.metrics-refresh} from the same read model the API reports from. Every service and channel has
 * its series from the start (0 until something happens); a rate over nothing is NaN, not 0. Each branch has its own
 * ({@code ebank_kpi_branch_*{branch, name}}): new customers, the rates, its target's attainment and its place in the
 * league table by attainment.
 */
@Component
class KpiMetrics {

    private static final List<Channel> CHANNELS = Arrays.stream(Channel.values()).filter(c -> c != Channel.SYSTEM).toList();
    private static final List<Channel> SERVICES = CHANNELS.stream().filter(Channel::isElectronic).toList();

    private final KpiReport report;
    private final BranchKpis branches;
    private final KpiProperties properties;
    private final Clock clock;
    private final AtomicReference<Figures> month = new AtomicReference<>(Figures.NONE);
    private final MultiGauge feesWaived;
    private final MultiGauge attainment;
    private final Map<String, Function<LeagueTable.Place, BigDecimal>> branchMeasures = new LinkedHashMap<>();
    private final Map<String, MultiGauge> branchGauges = new LinkedHashMap<>();
    /** The waiver rules with a series: those of this month and of last month, so a new month starts them at 0. */
    private final Set<String> waiverRules = new TreeSet<>();
    private YearMonth rulesLookedBackFrom;

    KpiMetrics(KpiReport report, BranchKpis branches, KpiProperties properties, Clock clock, MeterRegistry meters) {
        this.report = report;
        this.branches = branches;
        this.properties = properties;
        this.clock = clock;
        for (Channel service : SERVICES) {
            gauge(meters, "ebank.kpi.enrolments", null, "E-banking enrolments this month", "service", service.name(),
                    f -> BigDecimal.valueOf(f.enrolments(service).enrolled()));
            gauge(meters, "ebank.kpi.activation.rate", null, "Share of this month's enrolments active within 30 days", "service", service.name(),
                    f -> f.enrolments(service).activationRate());
        }
        for (Channel channel : CHANNELS) {
            gauge(meters, "ebank.kpi.transactions", null, "Transactions this month", "channel", channel.name(),
                    f -> BigDecimal.valueOf(f.transactions().getOrDefault(channel, Tally.NONE).count()));
            gauge(meters, "ebank.kpi.transaction.amount", "yuan", "Transaction amount this month", "channel", channel.name(),
                    f -> f.transactions().getOrDefault(channel, Tally.NONE).amount());
            gauge(meters, "ebank.kpi.wealth.sales", "yuan", "Wealth sales this month", "channel", channel.name(),
                    f -> f.wealthSales().getOrDefault(channel, Tally.NONE).amount());
        }
        gauge(meters, "ebank.kpi.substitution.rate", null, "E-channel transactions over all transactions this month", null, null,
                Figures::substitutionRate);
        gauge(meters, "ebank.kpi.fee.income", "yuan", "E-banking fee income this month", null, null, Figures::feeIncome);
        gauge(meters, "ebank.kpi.wealth.electronic.share", null, "E-channel share of this month's wealth sales", null, null,
                Figures::wealthElectronicShare);
        gauge(meters, "ebank.kpi.referral.incentive", "yuan", "Staff referral incentives earned this month", null, null,
                f -> f.referrals().keySet().stream().map(code -> f.incentive(code, properties.referralRewards()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        gauge(meters, "ebank.kpi.pushes.sent", null, "Smart pushes sent this month", null, null, f -> BigDecimal.valueOf(f.pushes().sent()));
        gauge(meters, "ebank.kpi.pushes.opened", null, "Smart pushes sent this month and opened", null, null,
                f -> BigDecimal.valueOf(f.pushes().opened()));
        gauge(meters, "ebank.kpi.pushes.converted", null, "Smart pushes sent this month followed by a purchase within 7 days", null, null,
                f -> BigDecimal.valueOf(f.pushes().converted()));
        this.feesWaived = MultiGauge.builder("ebank.kpi.fees.waived").baseUnit("yuan").description("Fees waived this month, by rule")
                .register(meters);
        this.attainment = MultiGauge.builder("ebank.kpi.target.attainment")
                .description("Actual over target for each measure of each configured period target").register(meters);
        branchGauge(meters, "ebank.kpi.branch.new.customers", "A branch's new e-banking customers this month",
                p -> BigDecimal.valueOf(p.branch().figures().newCustomers()));
        branchGauge(meters, "ebank.kpi.branch.substitution.rate", "A branch's e-channel transactions over all this month",
                p -> p.branch().figures().figures().substitutionRate());
        branchGauge(meters, "ebank.kpi.branch.diversion.rate", "A branch's e-channel and ATM transactions over all this month (分流)",
                p -> p.branch().figures().figures().diversionRate());
        branchGauge(meters, "ebank.kpi.branch.wealth.electronic.share", "E-channel share of a branch's wealth sales this month",
                p -> p.branch().figures().figures().wealthElectronicShare());
        branchGauge(meters, "ebank.kpi.branch.target.attainment", "A branch's mean attainment of its target this month",
                p -> p.branch().score());
        branchGauge(meters, "ebank.kpi.branch.rank", "A branch's place in this month's league table by attainment (通报)",
                p -> p.rank() == null ? null : BigDecimal.valueOf(p.rank()));
    }

    private void branchGauge(MeterRegistry meters, String name, String description, Function<LeagueTable.Place, BigDecimal> measure) {
        branchMeasures.put(name, measure);
        branchGauges.put(name, MultiGauge.builder(name).description(description).register(meters));
    }

    /** First numbers five seconds after start, then every {@code ebank.kpi.metrics-refresh}. */
    @Scheduled(fixedDelayString = "${ebank.kpi.metrics-refresh}", initialDelay = 5000)
    void refresh() {
        LocalDate today = LocalDate.now(clock);
        Figures current = report.total(today.withDayOfMonth(1), today).block();
        month.set(current == null ? Figures.NONE : current);
        YearMonth thisMonth = YearMonth.from(today);
        if (!thisMonth.equals(rulesLookedBackFrom)) {
            Figures last = report.total(thisMonth.minusMonths(1).atDay(1), thisMonth.minusMonths(1).atEndOfMonth()).block();
            if (last != null) {
                waiverRules.addAll(last.feesWaived().keySet());
                rulesLookedBackFrom = thisMonth;
            }
        }
        Map<String, BigDecimal> waived = month.get().feesWaived();
        waiverRules.addAll(waived.keySet());
        List<MultiGauge.Row<?>> rules = new ArrayList<>();
        waiverRules.forEach(rule -> rules.add(MultiGauge.Row.of(Tags.of("rule", rule), waived.getOrDefault(rule, BigDecimal.ZERO).doubleValue())));
        feesWaived.register(rules, true);
        List<MultiGauge.Row<?>> targets = new ArrayList<>();
        List<KpiReport.TargetAttainment> all = report.attainment(t -> true).block();
        (all == null ? List.<KpiReport.TargetAttainment>of() : all).forEach(t -> t.measures().forEach((measure, a) -> {
            if (a.attained() != null) {
                targets.add(MultiGauge.Row.of(Tags.of("target", t.name(), "measure", measure), a.attained().doubleValue()));
            }
        }));
        attainment.register(targets, true);
        LeagueTable table = branches.leagueTable(thisMonth, LeagueTable.RankBy.ATTAINMENT).block();
        branchMeasures.forEach((name, measure) -> branchGauges.get(name).register((table == null ? List.<LeagueTable.Place>of() : table.places())
                .stream().<MultiGauge.Row<?>>map(place -> {
                    BigDecimal value = measure.apply(place);
                    return MultiGauge.Row.of(Tags.of("branch", place.branch().figures().branch(), "name", place.branch().figures().name()),
                            value == null ? Double.NaN : value.doubleValue());
                }).toList(), true));
    }

    private void gauge(MeterRegistry meters, String name, String unit, String description, String tag, String value,
                       Function<Figures, BigDecimal> measure) {
        Gauge.builder(name, month, m -> {
                    BigDecimal number = measure.apply(m.get());
                    return number == null ? Double.NaN : number.doubleValue();
                })
                .baseUnit(unit).description(description).tags(tag == null ? Tags.empty() : Tags.of(tag, value)).register(meters);
    }
}
