package org.ebank.insight.incentive.domain;

import java.time.Instant;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.ebank.insight.incentive.domain.IncentiveSheet.Amounts;

/**
 * A branch's month as submitted for payout (the maker) and, once a branch manager other than the maker approved it, as
 * approved: the amounts are kept as submitted, and whether the branch had reached its target (the bonus), so what the
 * manager approves is what was checked.
 */
public record Approval(Status status, List<Amounts> amounts, Money total, boolean targetReached, String submittedBy, Instant submittedAt,
                       String approvedBy, Instant approvedAt) {

    public Approval {
        amounts = List.copyOf(amounts);
    }

    public enum Status { SUBMITTED, APPROVED }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    /** The amounts kept for one staff member; none when they earned nothing that month. */
    public Amounts of(String staffCode) {
        return amounts.stream().filter(a -> a.staffCode().equals(staffCode)).findFirst().orElse(null);
    }
}
