package org.ebank.account.ledger.application;

/** What asking the ledger to record a posting came to. */
public sealed interface PostingOutcome {

    /** Recorded or refused now, or earlier under the same id with the same content. */
    record Decided(RecordedPosting posting, boolean replay) implements PostingOutcome {
    }

    /** The id was used before for a posting with other content: nothing changed. */
    record IdConflict(String postingId) implements PostingOutcome {
    }

    /** The hold to capture does not exist, is on none of the posting's accounts, or was settled already. */
    record HoldUnavailable(String holdId) implements PostingOutcome {
    }

    /** The posting to reverse was reversed already, by another posting. */
    record AlreadyReversed(String postingId, String reversedBy) implements PostingOutcome {
    }

    /** There is no recorded posting with that id to reverse. */
    record NothingToReverse(String postingId) implements PostingOutcome {
    }
}
