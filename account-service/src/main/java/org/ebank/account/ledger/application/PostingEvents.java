package org.ebank.account.ledger.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ebank.account.ledger.domain.Entry;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** One 动账 event per customer-account entry, in the postings' transaction, each with the trace of its posting's request. */
@Component
public class PostingEvents {

    private final Outbox outbox;

    public PostingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    Mono<Void> announceAll(List<RecordPosting.Written> postings, Map<String, LockedAccount> accounts) {
        List<Outbox.Pending> events = new ArrayList<>();
        for (RecordPosting.Written written : postings) {
            for (Entry entry : written.entries()) {
                LockedAccount account = accounts.get(entry.accountId());
                if (!account.ledger().isInternal()) {
                    events.add(new Outbox.Pending(AccountTopics.POSTING, entry.accountId(), AccountTopics.POSTING_RECORDED,
                            event(written.recorded(), written.posting().channel(), entry, account), written.traceparent()));
                }
            }
        }
        return outbox.appendAll(events).then();
    }

    private static PostingRecorded event(RecordedPosting recorded, Channel channel, Entry entry, LockedAccount account) {
        return new PostingRecorded(recorded.id(), entry.accountId(), account.customerId(), CardProduct.valueOf(account.product()),
                account.cardLastFour(), entry.direction(), entry.amount().amount(), entry.balanceAfter().amount(),
                channel, recorded.kind(), entry.counterparty(), recorded.recordedAt());
    }
}
