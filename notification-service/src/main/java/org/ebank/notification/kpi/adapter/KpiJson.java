package org.ebank.notification.kpi.adapter;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ebank.contracts.value.Channel;
import org.ebank.notification.kpi.application.KpiReport;
import org.ebank.notification.kpi.domain.Figures;
import org.ebank.notification.kpi.domain.Tally;

/** The KPI report as the API shows it: amounts and rates as exact decimal strings, counts as numbers. */
final class KpiJson {

    private KpiJson() {
    }

    static Map<String, Object> report(KpiReport.Report report, Map<Channel, BigDecimal> rewards) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", report.from());
        json.put("to", report.to());
        json.put("granularity", report.granularity());
        json.put("periods", report.periods().entrySet().stream().map(p -> {
            Map<String, Object> period = new LinkedHashMap<>();
            period.put("period", p.getKey());
            period.putAll(figures(p.getValue(), rewards));
            return period;
        }).toList());
        json.put("total", figures(report.total(), rewards));
        json.put("attainment", report.attainment().stream().map(KpiJson::attainment).toList());
        return json;
    }

    static Map<String, Object> figures(Figures f, Map<Channel, BigDecimal> rewards) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Long> enrolments = new TreeMap<>();
        Map<String, String> activation = new TreeMap<>();
        f.enrolments().forEach((service, e) -> {
            enrolments.put(service.name(), e.enrolled());
            activation.put(service.name(), text(e.activationRate()));
        });
        json.put("enrolments", enrolments);
        json.put("activationRate", activation);
        json.put("transactions", Map.of("byChannel", tallies(f.transactions()), "electronic", tally(f.electronicTransactions()),
                "all", tally(f.allTransactions())));
        json.put("substitutionRate", text(f.substitutionRate()));
        json.put("feeIncome", text(f.feeIncome()));
        json.put("feesCharged", text(f.feesCharged()));
        json.put("feesRefunded", text(f.feesRefunded()));
        Map<String, String> waived = new TreeMap<>();
        f.feesWaived().forEach((rule, amount) -> waived.put(rule, text(amount)));
        json.put("feesWaived", waived);
        Map<String, Object> wealth = new LinkedHashMap<>();
        wealth.put("byChannel", tallies(f.wealthSales()));
        wealth.put("electronicShare", text(f.wealthElectronicShare()));
        json.put("wealthSales", wealth);
        json.put("referrals", referrals(f, rewards));
        Map<String, Object> pushes = new LinkedHashMap<>();
        pushes.put("sent", f.pushes().sent());
        pushes.put("opened", f.pushes().opened());
        pushes.put("converted", f.pushes().converted());
        pushes.put("openRate", text(f.pushes().openRate()));
        pushes.put("conversionRate", text(f.pushes().conversionRate()));
        json.put("pushConversion", pushes);
        return json;
    }

    private static Map<String, Object> attainment(KpiReport.TargetAttainment target) {
        Map<String, Object> measures = new LinkedHashMap<>();
        target.measures().forEach((measure, a) -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("target", text(a.target()));
            values.put("actual", text(a.actual()));
            values.put("attained", text(a.attained()));
            measures.put(measure, values);
        });
        return Map.of("name", target.name(), "from", target.from(), "to", target.to(), "measures", measures);
    }

    private static List<Map<String, Object>> referrals(Figures f, Map<Channel, BigDecimal> rewards) {
        return new TreeMap<>(f.referrals()).entrySet().stream().map(r -> Map.<String, Object>of("referrerCode", r.getKey(),
                "enrolments", byName(r.getValue()), "incentive", text(f.incentive(r.getKey(), rewards)))).toList();
    }

    private static Map<String, Object> tallies(Map<Channel, Tally> byChannel) {
        Map<String, Object> json = new TreeMap<>();
        byChannel.forEach((channel, t) -> json.put(channel.name(), tally(t)));
        return json;
    }

    private static Map<String, Long> byName(Map<Channel, Long> counts) {
        Map<String, Long> json = new TreeMap<>();
        counts.forEach((channel, n) -> json.put(channel.name(), n));
        return json;
    }

    private static Map<String, Object> tally(Tally t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", t.count());
        json.put("amount", text(t.amount()));
        return json;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
