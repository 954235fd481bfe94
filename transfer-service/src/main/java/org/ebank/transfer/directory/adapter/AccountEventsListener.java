package org.ebank.transfer.directory.adapter;

import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.StarLevelChanged;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.transfer.directory.domain.Card;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keeps the card directory in step with account-service: cards opened, star levels changed. */
@Component
class AccountEventsListener {

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final R2dbcCardDirectory directory;

    AccountEventsListener(IdempotentConsumer consumer, CloudEventCodec codec, R2dbcCardDirectory directory) {
        this.consumer = consumer;
        this.codec = codec;
        this.directory = directory;
    }

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.ACCOUNT + "')}", groupId = "transfer-service.directory")
    void on(String json) {
        CloudEvent event = codec.read(json);
        consumer.process("directory", event, this::apply).block();
    }

    private Mono<Void> apply(CloudEvent event) {
        if (AccountTopics.ACCOUNT_OPENED.equals(event.type())) {
            AccountOpened opened = codec.data(event, AccountOpened.class);
            return directory.opened(new Card(opened.accountId(), opened.customerId(), opened.cardLastFour(), opened.product(),
                    opened.region(), opened.familyAccountId(), 0), opened.cardNumberHash());
        }
        if (AccountTopics.STAR_LEVEL_CHANGED.equals(event.type())) {
            StarLevelChanged changed = codec.data(event, StarLevelChanged.class);
            return directory.starLevel(changed.accountId(), changed.newLevel());
        }
        return Mono.empty();
    }
}
