package org.ebank.account.ledger.application;

import org.ebank.account.ledger.domain.Leg;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.contracts.value.Channel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Reverses a recorded posting by a compensating one (冲正): every leg on the other side, at most once. */
@Service
public class ReversePosting {

    private final LedgerRepository ledger;
    private final RecordPosting recordPosting;

    public ReversePosting(LedgerRepository ledger, RecordPosting recordPosting) {
        this.ledger = ledger;
        this.recordPosting = recordPosting;
    }

    @Transactional
    public Mono<PostingOutcome> reverse(String postingId, String reversalId) {
        return ledger.findPosting(postingId)
                .filter(original -> original.status() == RecordedPosting.Status.RECORDED)
                .flatMap(original -> recordPosting.record(new Posting(original.id(), Channel.valueOf(original.channel()),
                                original.kind(), original.memo(), original.entries().stream()
                                .map(e -> new Leg(e.accountId(), e.direction(), e.amount(), e.counterparty())).toList())
                        .reversal(reversalId)))
                .switchIfEmpty(Mono.fromSupplier(() -> new PostingOutcome.NothingToReverse(postingId)));
    }
}
