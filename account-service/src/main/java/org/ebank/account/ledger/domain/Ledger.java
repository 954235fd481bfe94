package org.ebank.account.ledger.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Money;

/** The rule of the ledger: a posting is recorded whole, and no customer account goes below zero. */
public final class Ledger {

    private Ledger() {
    }

    /**
     * @param accounts the posting's accounts, locked by the caller; a missing one is unknown
     */
    public static PostingDecision decide(Posting posting, Map<String, LedgerAccount> accounts) {
        for (String id : posting.accountIds()) {
            if (!accounts.containsKey(id)) {
                return new PostingDecision.Refused(PostingDecision.Refusal.UNKNOWN_ACCOUNT, id);
            }
        }
        Map<String, Money> net = new HashMap<>();
        posting.legs().forEach(leg -> net.merge(leg.accountId(), leg.signedAmount(), Money::plus));
        for (String id : posting.accountIds()) {
            LedgerAccount account = accounts.get(id);
            if (!account.isInternal() && account.available().plus(net.get(id)).isNegative()) {
                return new PostingDecision.Refused(PostingDecision.Refusal.INSUFFICIENT_FUNDS, id);
            }
        }
        Map<String, Money> running = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Leg leg : posting.legs()) {
            LedgerAccount account = accounts.get(leg.accountId());
            if (account.isInternal()) {
                entries.add(new Entry(leg.accountId(), leg.direction(), leg.amount(), null, leg.counterparty()));
            } else {
                Money after = running.getOrDefault(leg.accountId(), account.balance()).plus(leg.signedAmount());
                running.put(leg.accountId(), after);
                entries.add(new Entry(leg.accountId(), leg.direction(), leg.amount(), after, leg.counterparty()));
            }
        }
        return new PostingDecision.Accepted(entries, running);
    }
}
