package org.ebank.insight.kpi.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The city bank's league table (通报) of its branches for a month, ranked by one measure, best first; a branch with
 * nothing to rank by (no target, no transactions) comes last, and equal figures share a rank.
 */
public record LeagueTable(YearMonth month, RankBy rankBy, List<Place> places) {

    public LeagueTable {
        places = List.copyOf(places);
    }

    public enum RankBy {
        /** the mean attainment of the branch's targets */
        ATTAINMENT(BranchMonth::score),
        NEW_CUSTOMERS(m -> BigDecimal.valueOf(m.figures().newCustomers())),
        SUBSTITUTION_RATE(m -> m.figures().figures().substitutionRate()),
        DIVERSION_RATE(m -> m.figures().figures().diversionRate()),
        ELECTRONIC_WEALTH_SHARE(m -> m.figures().figures().wealthElectronicShare());

        private final Function<BranchMonth, BigDecimal> measure;

        RankBy(Function<BranchMonth, BigDecimal> measure) {
            this.measure = measure;
        }

        public BigDecimal of(BranchMonth month) {
            return measure.apply(month);
        }
    }

    /** A branch's place: its rank (1 is best; none when it has nothing to rank by) and its month. */
    public record Place(Integer rank, BigDecimal value, BranchMonth branch) {
    }

    public static LeagueTable of(YearMonth month, RankBy rankBy, List<BranchMonth> branches) {
        List<BranchMonth> sorted = branches.stream()
                .sorted(Comparator.comparing((BranchMonth b) -> rankBy.of(b), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(b -> b.figures().branch()))
                .toList();
        List<Place> places = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal value = rankBy.of(sorted.get(i));
            if (value != null && (previous == null || value.compareTo(previous) != 0)) {
                rank = i + 1;
            }
            places.add(new Place(value == null ? null : rank, value, sorted.get(i)));
            previous = value;
        }
        return new LeagueTable(month, rankBy, places);
    }
}
