package org.ebank.account.star.adapter;

import java.time.ZoneOffset;
import java.util.List;
import org.ebank.account.star.application.StarLevels;
import org.ebank.contracts.wealth.HoldingRedeemed;
import org.ebank.contracts.wealth.OrderPlaced;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 日日升 purchases and redemptions from wealth-service's events: they move the account's liquid assets, and so a
 * 易汇通卡's star level, in the same transaction as the record that the event was applied.
 */
@Component
class WealthHoldingsListener {

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final DatabaseClient db;
    private final StarLevels starLevels;

    WealthHoldingsListener(IdempotentConsumer consumer, CloudEventCodec codec, DatabaseClient db, StarLevels starLevels) {
        this.consumer = consumer;
        this.codec = codec;
        this.db = db;
        this.starLevels = starLevels;
    }

    @KafkaListener(topics = "#{@topics.name('" + WealthTopics.ORDER + "')}", groupId = "account-service.liquid-holdings")
    void on(String json) {
        CloudEvent event = codec.read(json);
        consumer.process("liquid-holdings", event, this::apply).block();
    }

    private Mono<Void> apply(CloudEvent event) {
        if (WealthTopics.HOLDING_REDEEMED.equals(event.type())) {
            HoldingRedeemed redeemed = codec.data(event, HoldingRedeemed.class);
            return !redeemed.dailyLiquidity() ? Mono.empty() : db.sql(
                            "update liquid_holding set amount = greatest(amount - :amount, 0), updated_at = :at where account_id = :account")
                    .bind("amount", redeemed.amount()).bind("at", redeemed.at().atOffset(ZoneOffset.UTC))
                    .bind("account", redeemed.accountId()).then()
                    .then(starLevels.recompute(List.of(redeemed.accountId())));
        }
        if (!WealthTopics.ORDER_PLACED.equals(event.type())) {
            return Mono.empty();
        }
        OrderPlaced order = codec.data(event, OrderPlaced.class);
        if (!order.dailyLiquidity()) {
            return Mono.empty();
        }
        return db.sql("""
                        insert into liquid_holding (account_id, amount, updated_at) values (:account, :amount, :at)
                        on conflict (account_id) do update set amount = liquid_holding.amount + excluded.amount, updated_at = excluded.updated_at""")
                .bind("account", order.accountId()).bind("amount", order.amount()).bind("at", order.at().atOffset(ZoneOffset.UTC))
                .then()
                .then(starLevels.recompute(List.of(order.accountId())));
    }
}
