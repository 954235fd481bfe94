package org.ebank.platform.ledger;

import org.ebank.contracts.ledger.LedgerRefusal;
import org.ebank.contracts.ledger.PostingResponse;

/** What the ledger answered: recorded, refused with its reason, or unknown (the answer did not arrive: ask again). */
public sealed interface LedgerResult {

    /** {@code posting}: the ledger's answer, or null where a newer ledger answered in a form this client cannot read. */
    record Recorded(PostingResponse posting) implements LedgerResult {
    }

    record Refused(LedgerRefusal refusal) implements LedgerResult {
    }

    record Unknown(String why) implements LedgerResult {
    }

    default boolean isRecorded() {
        return this instanceof Recorded;
    }

    default boolean isUnknown() {
        return this instanceof Unknown;
    }

    default boolean isRefused(LedgerRefusal refusal) {
        return this instanceof Refused refused && refused.refusal() == refusal;
    }
}
