package org.ebank.corporate.pooling.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.ebank.contracts.value.Money;

/**
 * A cash pool (资金归集): every business day each member account's balance above its kept minimum is swept to the master
 * account. All are the enterprise's own settlement accounts; a member is in one pool at most, and never its master.
 */
public record CashPool(String id, String enterpriseId, String masterAccountId, List<Member> members, String setUpBy, Instant createdAt) {

    public static final int MAX_MEMBERS = 20;

    public record Member(String accountId, Money keepMinimum) {

        public Member {
            if (accountId == null || keepMinimum == null || keepMinimum.isNegative()) {
                throw new IllegalArgumentException("a member is an account and a minimum of zero or more to keep");
            }
        }
    }

    public CashPool {
        members = List.copyOf(members);
        if (members.isEmpty() || members.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("a pool has 1 to " + MAX_MEMBERS + " member accounts");
        }
        HashSet<String> accounts = new HashSet<>();
        for (Member member : members) {
            if (member.accountId().equals(masterAccountId) || !accounts.add(member.accountId())) {
                throw new IllegalArgumentException("each member once, and never the master");
            }
        }
    }

    /** What a member sweeps, given what is available on it now: the part above its minimum, or nothing. */
    public static Money sweepOf(Money available, Money keepMinimum) {
        Money above = available.minus(keepMinimum);
        return above.isPositive() ? above : Money.ZERO;
    }
}
