package org.ebank.account.ledger.domain;

import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Money;

/** Whether a posting can be recorded on the accounts as they stand, and with what result. */
public sealed interface PostingDecision {

    /** The entries to record and the customer accounts' new balances. */
    record Accepted(List<Entry> entries, Map<String, Money> newBalances) implements PostingDecision {
    }

    /** Nothing is recorded: the reason, and the account it concerns. */
    record Refused(Refusal reason, String accountId) implements PostingDecision {
    }

    enum Refusal {
        UNKNOWN_ACCOUNT,
        INSUFFICIENT_FUNDS
    }
}
