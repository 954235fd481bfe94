package org.ebank.payment.directory.adapter;

import org.ebank.contracts.value.CardProduct;
import org.ebank.payment.directory.application.Directory;
import org.ebank.payment.directory.domain.Card;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcDirectory implements Directory {

    private final DatabaseClient db;

    R2dbcDirectory(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Card> card(String accountId) {
        return db.sql("select account_id, customer_id, product, last_four from card where account_id = :account")
                .bind("account", accountId)
                .map(row -> new Card(row.get("account_id", String.class), row.get("customer_id", String.class),
                        CardProduct.valueOf(row.get("product", String.class)), row.get("last_four", String.class)))
                .one();
    }

    Mono<Void> cardOpened(Card card) {
        return db.sql("""
                        insert into card (account_id, customer_id, product, last_four) values (:account, :customer, :product, :lastFour)
                        on conflict do nothing""")
                .bind("account", card.accountId()).bind("customer", card.customerId()).bind("product", card.product().name())
                .bind("lastFour", card.lastFour()).then();
    }
}
