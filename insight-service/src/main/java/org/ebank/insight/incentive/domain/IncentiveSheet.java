package org.ebank.insight.incentive.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Money;
import org.ebank.insight.kpi.domain.Target;

/**
 * A branch's incentives for a month: each staff member's referrals that activated in it, the base by service, the bonus
 * when the branch reached its target, and the totals. What a branch manager approves for payout.
 */
public record IncentiveSheet(String branch, YearMonth month, TargetOutcome target, List<StaffLine> lines, Money total) {

    public IncentiveSheet {
        lines = List.copyOf(lines);
    }

    /** One staff member's month. */
    public record StaffLine(String staffCode, List<Referral> referrals, Money base, Money bonus, Money total) {

        public StaffLine {
            referrals = List.copyOf(referrals);
        }

        /** The amounts alone, as an approval keeps them. */
        public Amounts amounts() {
            return new Amounts(staffCode, referrals.size(), base, bonus, total);
        }
    }

    /** What a staff member is paid, and for how many referrals. */
    public record Amounts(String staffCode, int referrals, Money base, Money bonus, Money total) {
    }

    /** The branch's target for the month, measure by measure, and whether it reached every one; no target, no bonus. */
    public record TargetOutcome(Map<String, Target.Attainment> measures, boolean reached) {

        public static final TargetOutcome NONE = new TargetOutcome(Map.of(), false);
    }

    public List<Amounts> amounts() {
        return lines.stream().map(StaffLine::amounts).toList();
    }

    public StaffLine lineOf(String staffCode) {
        return lines.stream().filter(l -> l.staffCode().equals(staffCode)).findFirst()
                .orElse(new StaffLine(staffCode, List.of(), Money.ZERO, Money.ZERO, Money.ZERO));
    }
}
