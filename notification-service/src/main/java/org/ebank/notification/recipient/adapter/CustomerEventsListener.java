package org.ebank.notification.recipient.adapter;

import java.util.List;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.notification.recipient.application.RecordRecipient;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Customer events from account-service, and enterprise and operator events from corporate-service, each applied once. Runs on a Kafka
 * listener thread, so it may block.
 */
@Component
class CustomerEventsListener {

    private static final String CONSUMER = "recipients";
    private static final String ENTERPRISES = "enterprise-recipients";

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

    @KafkaListener(topics = "#{@topics.name('" + CorporateTopics.ENTERPRISE + "')}", groupId = "notification-service.enterprise-recipients",
            batch = "true")
    void onEnterprises(List<String> records) {
        consumer.processBatch(ENTERPRISES, records, IdempotentConsumer.eachInTurn(this::apply));
    }

    private Mono<Void> apply(CloudEvent event) {
        return switch (event.type()) {
            case AccountTopics.CUSTOMER_REGISTERED -> recordRecipient.on(codec.data(event, CustomerRegistered.class));
            case CorporateTopics.ENTERPRISE_REGISTERED -> recordRecipient.on(codec.data(event, EnterpriseRegistered.class));
            case CorporateTopics.OPERATOR_ENROLLED -> recordRecipient.on(codec.data(event, OperatorEnrolled.class));
            default -> Mono.empty();
        };
    }
}
