package org.ebank.contracts.ledger;

import java.util.List;

/** For each payee asked about, in the same order: whether the name is the account holder's. */
public record PayeeNameAnswer(List<Match> matches) {

    public enum Match {
        MATCH,
        MISMATCH,
        /** A corporate settlement account, or the bank's own: no person's name to compare. */
        NOT_PERSONAL,
        UNKNOWN_ACCOUNT
    }
}
