package org.ebank.insight.kpi.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A branch's figures for a month against its target: each measure's attainment, whether every one was reached, and
 * the score the league table ranks by (the mean attainment of the targeted measures; none without a target).
 */
public record BranchMonth(YearMonth month, BranchFigures figures, Map<String, Target.Attainment> attainment) {

    public BranchMonth {
        attainment = Collections.unmodifiableMap(new LinkedHashMap<>(attainment));
    }

    public static BranchMonth of(YearMonth month, BranchFigures figures, BranchTarget target) {
        return new BranchMonth(month, figures, target == null ? Map.of() : target.attainment(figures));
    }

    public boolean targeted() {
        return !attainment.isEmpty();
    }

    /** Every targeted measure at least at its target (a rate with nothing counted reaches nothing). */
    public boolean targetReached() {
        return targeted() && attainment.values().stream().allMatch(a -> a.attained() != null && a.attained().compareTo(BigDecimal.ONE) >= 0);
    }

    public BigDecimal score() {
        if (!targeted()) {
            return null;
        }
        BigDecimal sum = attainment.values().stream().map(a -> a.attained() == null ? BigDecimal.ZERO : a.attained())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Ratio.of(sum, BigDecimal.valueOf(attainment.size()));
    }
}
