package org.ebank.notification.recipient.adapter;

import java.util.List;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.notification.recipient.application.RecordRecipient;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Customer events from account-service, each applied once. Runs on a Kafka listener thread, so it may block. */
@Component
class CustomerEventsListener {

    private static final String CONSUMER = "recipients";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final RecordRecipient recordRecipient;

    CustomerEventsListener(IdempotentConsumer consumer, CloudEventCodec codec, RecordRecipient recordRecipient) {
        this.consumer = consumer;
        this.codec = codec;
        this.recordRecipient = recordRecipient;
    }

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.CUSTOMER + "')}", groupId = "notification-service.recipients", batch = "true")
    void on(List<String> records) {
        consumer.processBatch(CONSUMER, records, IdempotentConsumer.eachInTurn(this::apply));
    }

    private Mono<Void> apply(CloudEvent event) {
        if (AccountTopics.CUSTOMER_REGISTERED.equals(event.type())) {
            return recordRecipient.on(codec.data(event, CustomerRegistered.class));
        }
        return Mono.empty();
    }
}
