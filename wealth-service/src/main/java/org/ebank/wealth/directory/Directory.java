package org.ebank.wealth.directory;

import java.time.LocalDate;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Who owns which card, and customers' birth dates (suitability for those aged 65+), from account-service's events. */
@Component
public class Directory {

    private final DatabaseClient db;
    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;

    public Directory(DatabaseClient db, IdempotentConsumer consumer, CloudEventCodec codec) {
        this.db = db;
        this.consumer = consumer;
        this.codec = codec;
    }

    public Mono<Boolean> owns(String customerId, String accountId) {
        return db.sql("select 1 from card where account_id = :account and customer_id = :customer")
                .bind("account", accountId).bind("customer", customerId).map(row -> true).one().defaultIfEmpty(false);
    }

    public Mono<LocalDate> birthDate(String customerId) {
        return db.sql("select birth_date from customer where id = :id").bind("id", customerId)
                .map(row -> row.get("birth_date", LocalDate.class)).one();
    }

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.CUSTOMER + "')}", groupId = "wealth-service.customers")
    void onCustomer(String json) {
        CloudEvent event = codec.read(json);
        consumer.process("customers", event, e -> {
            if (!AccountTopics.CUSTOMER_REGISTERED.equals(e.type())) {
                return Mono.empty();
            }
            CustomerRegistered c = codec.data(e, CustomerRegistered.class);
            return db.sql("insert into customer (id, birth_date) values (:id, :born) on conflict do nothing")
                    .bind("id", c.customerId()).bind("born", c.birthDate()).then();
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
            return db.sql("insert into card (account_id, customer_id) values (:account, :customer) on conflict do nothing")
                    .bind("account", a.accountId()).bind("customer", a.customerId()).then();
        }).block();
    }
}
