package org.ebank.corporate.payment.adapter;

import java.util.List;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.corporate.payment.application.PayeeDirectory;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The bank's accounts as account-service opens them: payees a corporate payment can reach. */
@Component
class AccountEventsListener {

    private static final String CONSUMER = "payees";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final PayeeDirectory payees;

    AccountEventsListener(IdempotentConsumer consumer, CloudEventCodec codec, PayeeDirectory payees) {
        this.consumer = consumer;
        this.codec = codec;
        this.payees = payees;
    }

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.ACCOUNT + "')}", groupId = "corporate-service.payees", batch = "true")
    void on(List<String> records) {
        consumer.processBatch(CONSUMER, records, IdempotentConsumer.eachInTurn(this::apply));
    }

    private Mono<Void> apply(CloudEvent event) {
        if (!AccountTopics.ACCOUNT_OPENED.equals(event.type())) {
            return Mono.empty();
        }
        AccountOpened opened = codec.data(event, AccountOpened.class);
        return payees.save(opened.cardNumberHash(), new PayeeDirectory.Payee(opened.accountId(), opened.customerId(), opened.region(),
                opened.cardLastFour()));
    }
}
