package org.ebank.account.fees.application;

import org.ebank.account.fees.domain.FeeKind;

/**
 * One run of a periodic fee over all accounts for one period: where it got to (accounts are visited in
 * id order) and what it did. A run that stopped halfway continues from {@code lastAccountId}.
 */
public record FeeRun(FeeKind kind, String period, boolean done, String lastAccountId, int charged, int unpaid,
                     int waived, int notDue) {

    public FeeRun visited(String accountId, Visit visit) {
        return new FeeRun(kind, period, done, accountId,
                charged + (visit == Visit.CHARGED ? 1 : 0), unpaid + (visit == Visit.UNPAID ? 1 : 0),
                waived + (visit == Visit.WAIVED ? 1 : 0), notDue + (visit == Visit.NOT_DUE ? 1 : 0));
    }

    public FeeRun finished() {
        return new FeeRun(kind, period, true, lastAccountId, charged, unpaid, waived, notDue);
    }

    /** What became of one account: charged, not enough money (the fee for that period lapses), waived by its card, or not due. */
    public enum Visit {
        CHARGED,
        UNPAID,
        WAIVED,
        NOT_DUE
    }
}
