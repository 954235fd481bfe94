package org.ebank.notification.kpi.adapter;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.ebank.contracts.value.Channel;
import org.ebank.notification.kpi.application.KpiReport;
import org.ebank.notification.kpi.domain.Figures;
import org.ebank.notification.kpi.domain.Tally;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The KPIs of the current month so far as Prometheus gauges ({@code ebank_kpi_*}), refreshed every
 * {@code ebank.kpi.metrics-refresh} from the same read model the API reports from. Every service and channel has
 * its series from the start (0 until something happens); a rate over nothing is NaN, not 0.
 */
@Component
class KpiMetrics {

    private static final List<Channel> CHANNELS = Arrays.stream(Channel.values()).filter(c -> c != Channel.SYSTEM).toList();
    private static final List<Channel> SERVICES = CHANNELS.stream().filter(Channel::isElectronic).toList();

    private final KpiReport report;
    private final KpiProperties properties;
    private final Clock clock;
    private final AtomicReference<Figures> month = new AtomicReference<>(Figures.NONE);
    private final MultiGauge feesWaived;
    private final MultiGauge attainment;
    /** The waiver rules with a series: those of this month and of last month, so a new month starts them at 0. */
    private final Set<String> waiverRules = new TreeSet<>();
    private YearMonth rulesLookedBackFrom;

    KpiMetrics(KpiReport report, KpiProperties properties, Clock clock, MeterRegistry meters) {
        this.report = report;
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
