package org.ebank.account.ledger.application;

import java.util.Map;
import org.ebank.account.ledger.domain.Entry;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** One 动账 event per customer-account entry, in the posting's transaction. */
@Component
public class PostingEvents {

    private final Outbox outbox;

    public PostingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Mono<Void> announce(Posting posting, RecordedPosting recorded, Map<String, LockedAccount> accounts) {
        return Flux.fromIterable(recorded.entries())
                .filter(entry -> !accounts.get(entry.accountId()).ledger().isInternal())
                .concatMap(entry -> outbox.append(AccountTopics.POSTING, entry.accountId(), AccountTopics.POSTING_RECORDED,
                        event(posting, recorded, entry, accounts.get(entry.accountId()))))
                .then();
    }

    private static PostingRecorded event(Posting posting, RecordedPosting recorded, Entry entry, LockedAccount account) {
        return new PostingRecorded(posting.id(), entry.accountId(), account.customerId(), account.product(),
                account.cardLastFour(), entry.direction().name(), entry.amount().amount(), entry.balanceAfter().amount(),
                posting.channel().name(), posting.kind(), entry.counterparty(), recorded.recordedAt());
    }
}
