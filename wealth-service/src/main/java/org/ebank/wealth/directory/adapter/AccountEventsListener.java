package org.ebank.wealth.directory.adapter;

import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Keeps the directory from account-service's events: customers (their birth dates) and the cards they open. */
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

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.CUSTOMER + "')}", groupId = "wealth-service.customers")
    void onCustomer(String json) {
        CloudEvent event = codec.read(json);
        consumer.process("customers", event, e -> {
            if (!AccountTopics.CUSTOMER_REGISTERED.equals(e.type())) {
                return Mono.empty();
            }
            CustomerRegistered c = codec.data(e, CustomerRegistered.class);
            return directory.customerRegistered(c.customerId(), c.birthDate());
        }).block();
    }

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.ACCOUNT + "')}", groupId = "wealth-service.cards")
    void onAccount(String json) {
        CloudEvent event = codec.read(json);
        consumer.process("cards", event, e -> {
            if (!AccountTopics.ACCOUNT_OPENED.equals(e.type())) {
                return Mono.empty();
            }
            AccountOpened a = codec.data(e, AccountOpened.class);
            return directory.cardOpened(a.accountId(), a.customerId());
        }).block();
    }
}
