package org.ebank.notification.push.adapter;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.wealth.OrderPlaced;
import org.ebank.contracts.wealth.ProductLaunched;
import org.ebank.contracts.wealth.ProductSoldOut;
import org.ebank.contracts.wealth.RiskAssessed;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.notification.push.application.RecordPushFacts;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Feeds the recommender's profiles and product list from the stream, under its own consumer group. */
@Component
class PushListener {

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final RecordPushFacts record;

    PushListener(IdempotentConsumer consumer, CloudEventCodec codec, RecordPushFacts record) {
        this.consumer = consumer;
        this.codec = codec;
        this.record = record;
    }

    @KafkaListener(groupId = "notification-service.push", topics = {
            "#{@topics.name('" + AccountTopics.POSTING + "')}", "#{@topics.name('" + AccountTopics.ACCOUNT + "')}",
            "#{@topics.name('" + WealthTopics.CUSTOMER + "')}", "#{@topics.name('" + WealthTopics.ORDER + "')}",
            "#{@topics.name('" + WealthTopics.PRODUCT + "')}"}, batch = "true")
    void onEvent(List<String> records) {
        consumer.processBatch("push", records, this::apply);
    }

    /** The postings of a poll (most of what comes) in two statements, the rest in turn. */
    private Mono<Void> apply(List<CloudEvent> events) {
        Map<Boolean, List<CloudEvent>> posting = events.stream()
                .collect(Collectors.partitioningBy(event -> AccountTopics.POSTING_RECORDED.equals(event.type())));
        return record.postings(posting.get(true).stream().map(event -> codec.data(event, PostingRecorded.class)).toList())
                .then(IdempotentConsumer.eachInTurn(this::apply).apply(posting.get(false))).then();
    }

    private Mono<Void> apply(CloudEvent event) {
        return switch (event.type()) {
            case AccountTopics.ACCOUNT_OPENED -> record.opened(codec.data(event, AccountOpened.class));
            case WealthTopics.RISK_ASSESSED -> record.assessed(codec.data(event, RiskAssessed.class));
            case WealthTopics.PRODUCT_LAUNCHED -> record.launched(codec.data(event, ProductLaunched.class));
            case WealthTopics.PRODUCT_SOLD_OUT -> record.soldOut(codec.data(event, ProductSoldOut.class));
            case WealthTopics.ORDER_PLACED -> record.purchased(codec.data(event, OrderPlaced.class));
            case WealthTopics.HOLDING_REDEEMED, WealthTopics.HOLDING_MATURED -> record.returned(codec.data(event, WealthTopics.HOLDINGS.get(event.type())));
            default -> Mono.empty();
        };
    }
}
