package org.ebank.insight.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.junit.jupiter.api.Test;

class BranchMonthTest {

    private static final YearMonth AUGUST = YearMonth.of(2025, 8);

    @Test
    void aTargetIsReachedWhenEveryMeasureIsAtLeastItsTargetAndScoresTheMeanAttainment() {
        BranchTarget target = new BranchTarget("0101", AUGUST, Map.of(Channel.MOBILE, 2L, Channel.NETBANK, 1L), new BigDecimal("0.50"), null);

        BranchMonth reached = BranchMonth.of(AUGUST, branch("0101", Map.of(Channel.MOBILE, 3L, Channel.NETBANK, 1L), 1, 1), target);
        assertThat(reached.attainment().keySet()).containsExactly("newCustomers.MOBILE", "newCustomers.NETBANK", "substitutionRate");
        assertThat(reached.targetReached()).isTrue();
        assertThat(reached.score()).as("(1.5 + 1 + 2) / 3: every customer used the app").isEqualByComparingTo("1.5000");

        BranchMonth missed = BranchMonth.of(AUGUST, branch("0101", Map.of(Channel.MOBILE, 9L), 1, 1), target);
        assertThat(missed.targetReached()).as("no netbank customer").isFalse();

        BranchMonth nothingCounted = BranchMonth.of(AUGUST, branch("0101", Map.of(Channel.MOBILE, 2L, Channel.NETBANK, 1L), 0, 0), target);
        assertThat(nothingCounted.targetReached()).as("a rate with no transactions reaches nothing").isFalse();

        BranchMonth untargeted = BranchMonth.of(AUGUST, branch("0101", Map.of(), 1, 1), null);
        assertThat(untargeted.targetReached()).isFalse();
        assertThat(untargeted.score()).isNull();
        assertThatThrownBy(() -> new BranchTarget("0101", AUGUST, Map.of(), null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLeagueTableRanksBestFirstEqualFiguresShareARankAndBranchesWithoutAFigureComeLast() {
        BranchMonth a = BranchMonth.of(AUGUST, branch("0101", Map.of(), 1, 2), null);
        BranchMonth b = BranchMonth.of(AUGUST, branch("0102", Map.of(), 3, 4), null);
        BranchMonth c = BranchMonth.of(AUGUST, branch("0103", Map.of(), 2, 4), null);
        BranchMonth d = BranchMonth.of(AUGUST, branch("0104", Map.of(), 0, 0), null);

        LeagueTable table = LeagueTable.of(AUGUST, LeagueTable.RankBy.SUBSTITUTION_RATE, List.of(d, c, b, a));
        assertThat(table.places().stream().map(p -> p.rank() + " " + p.branch().figures().branch() + " " + p.value()).toList())
                .containsExactly("1 0102 0.7500", "2 0101 0.5000", "2 0103 0.5000", "null 0104 null");
    }

    /** A branch with these new customers, and {@code electronic} mobile transactions of {@code all} (the rest at the counter). */
    private static BranchFigures branch(String code, Map<Channel, Long> newCustomers, long electronic, long all) {
        Map<Channel, Enrolments> enrolments = new java.util.EnumMap<>(Channel.class);
        newCustomers.forEach((service, n) -> enrolments.put(service, new Enrolments(n, 0)));
        Map<Channel, Tally> transactions = new java.util.EnumMap<>(Channel.class);
        if (electronic > 0) {
            transactions.put(Channel.MOBILE, new Tally(electronic, BigDecimal.TEN));
        }
        if (all > electronic) {
            transactions.put(Channel.COUNTER, new Tally(all - electronic, BigDecimal.TEN));
        }
        Figures figures = new Figures(enrolments, transactions, Map.of(), BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), Map.of(), PushFunnel.NONE);
        return new BranchFigures(code, "支行" + code, figures, BigDecimal.ZERO, 0);
    }
}
