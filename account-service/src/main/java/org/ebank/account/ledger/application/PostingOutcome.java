package org.ebank.account.ledger.application;

/** What asking the ledger to record a posting came to. */
public sealed interface PostingOutcome {

    /** Recorded or refused now, or earlier under the same id with the same content. */
    record Decided(RecordedPosting posting, boolean replay) implements PostingOutcome {
    }

    /** The id was used before for a posting with other content: nothing changed. */
    record IdConflict(String postingId) implements PostingOutcome {
    }
}
