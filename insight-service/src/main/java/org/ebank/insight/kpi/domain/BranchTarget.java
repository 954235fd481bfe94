package org.ebank.insight.kpi.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ebank.contracts.value.Channel;

/**
 * A branch's target for a month (将电子银行业务计划分配到各网点): new e-banking customers per service, the substitution rate,
 * the e-channel share of wealth sales; a measure left out is not targeted. Without a month, the target of every month
 * that has none of its own.
 */
public record BranchTarget(String branch, YearMonth month, Map<Channel, Long> newCustomers, BigDecimal substitutionRate,
                           BigDecimal electronicWealthShare) {

    public BranchTarget {
        newCustomers = newCustomers == null ? Map.of() : Map.copyOf(newCustomers);
        if (branch == null || newCustomers.isEmpty() && substitutionRate == null && electronicWealthShare == null) {
            throw new IllegalArgumentException("a branch target names its branch and at least one measure");
        }
    }

    /** Each targeted measure: the target, the branch's figure for the month, and the one over the other. */
    public Map<String, Target.Attainment> attainment(BranchFigures actual) {
        Map<String, Target.Attainment> measures = new LinkedHashMap<>();
        new TreeMap<>(newCustomers).forEach((service, target) -> measures.put("newCustomers." + service.name(),
                Target.Attainment.of(BigDecimal.valueOf(target), BigDecimal.valueOf(actual.figures().enrolments(service).enrolled()))));
        if (substitutionRate != null) {
            measures.put("substitutionRate", Target.Attainment.of(substitutionRate, actual.figures().substitutionRate()));
        }
        if (electronicWealthShare != null) {
            measures.put("electronicWealthShare", Target.Attainment.of(electronicWealthShare, actual.figures().wealthElectronicShare()));
        }
        return measures;
    }
}
