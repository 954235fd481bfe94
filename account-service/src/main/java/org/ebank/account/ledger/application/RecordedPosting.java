package org.ebank.account.ledger.application;

import java.time.Instant;
import java.util.List;
import org.ebank.account.ledger.domain.Entry;
import org.ebank.account.ledger.domain.PostingDecision;

/**
 * A posting as first decided: recorded with its entries, or refused with a reason. A retry with the
 * same id and body gets exactly this back.
 */
public record RecordedPosting(String id, String fingerprint, Status status, String channel, String kind, String memo,
                              List<Entry> entries, PostingDecision.Refusal refusal, String refusedAccountId,
                              Instant recordedAt) {

    public enum Status {
        RECORDED,
        REFUSED
    }
}
