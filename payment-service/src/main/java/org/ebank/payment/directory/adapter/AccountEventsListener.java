package org.ebank.payment.directory.adapter;

import java.util.List;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.payment.directory.domain.Card;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the directory from account-service's events: the cards customers open, and enterprises' settlement accounts
 * (held by the enterprise's id, which no customer's token carries: they bind a fleet to ETC, and pay no bills here).
 */
@Component
class AccountEventsListener {

    private final R2dbcDirectory directory;
    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;

    AccountEventsListener(R2dbcDirectory directory, IdempotentConsumer consumer, CloudEventCodec codec) {
        this.directory = directory;
        this.consumer = consumer;
        this.codec = codec;
    }

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.ACCOUNT + "')}", groupId = "payment-service.cards", batch = "true")
    void onAccount(List<String> records) {
        consumer.processBatch("cards", records, IdempotentConsumer.eachInTurn(event -> {
            if (!AccountTopics.ACCOUNT_OPENED.equals(event.type())) {
                return Mono.empty();
            }
            AccountOpened a = codec.data(event, AccountOpened.class);
            return directory.cardOpened(new Card(a.accountId(), a.customerId(), a.product(), a.cardLastFour()));
        }));
    }
}
