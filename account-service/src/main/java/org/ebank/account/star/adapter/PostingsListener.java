package org.ebank.account.star.adapter;

import java.util.List;
import java.util.stream.IntStream;
import org.ebank.account.star.application.StarLevels;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.value.CardProduct;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Follows the ledger's balance changes (PostingRecorded, one per leg) to rate 易汇通卡 again. Postings on other cards are
 * passed over before anything is written, so the ledger's busiest stream costs this listener a read and no more.
 */
@Component
class PostingsListener {

    static final String CONSUMER = "star-levels";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final StarLevels starLevels;

    PostingsListener(IdempotentConsumer consumer, CloudEventCodec codec, StarLevels starLevels) {
        this.consumer = consumer;
        this.codec = codec;
        this.starLevels = starLevels;
    }

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.POSTING + "')}", groupId = "account-service.star-levels",
            batch = "true")
    void on(List<String> records) {
        List<Integer> kept = IntStream.range(0, records.size()).filter(i -> onAStarCard(records.get(i))).boxed().toList();
        try {
            consumer.processBatch(CONSUMER, kept.stream().map(records::get).toList(), events -> starLevels.recompute(events.stream()
                    .map(event -> codec.data(event, PostingRecorded.class).accountId()).toList()));
        } catch (BatchListenerFailedException failed) {
            // the failing record's place in the whole batch, so the error handler retries or parks that one
            throw new BatchListenerFailedException(failed.getMessage(), failed.getCause(), kept.get(failed.getIndex()));
        }
    }

    /** Also true for a record that cannot be read: the consumer reports it and parks it like any other. */
    private boolean onAStarCard(String json) {
        try {
            CloudEvent event = codec.read(json);
            return AccountTopics.POSTING_RECORDED.equals(event.type())
                    && codec.data(event, PostingRecorded.class).product() == CardProduct.YIHUITONG;
        } catch (RuntimeException unreadable) {
            return true;
        }
    }
}
