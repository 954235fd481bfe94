package org.ebank.transfer.directory;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The replica of account facts: written by account events, read by quotes. */
@Repository
public class CardDirectory {

    private static final String SELECT = "select account_id, customer_id, card_number, product, region, family_account_id, star_level from card";

    private final DatabaseClient db;

    public CardDirectory(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Card> byAccountId(String accountId) {
        return db.sql(SELECT + " where account_id = :id").bind("id", accountId).map(CardDirectory::toCard).one();
    }

    public Mono<Card> byCardNumber(String cardNumber) {
        return db.sql(SELECT + " where card_number = :number").bind("number", cardNumber).map(CardDirectory::toCard).one();
    }

    public Flux<Card> ofCustomer(String customerId) {
        return db.sql(SELECT + " where customer_id = :id order by account_id").bind("id", customerId).map(CardDirectory::toCard).all();
    }

    Mono<Void> opened(Card card) {
        var spec = db.sql("""
                        insert into card (account_id, customer_id, card_number, product, region, family_account_id)
                        values (:id, :customer, :number, :product, :region, :family) on conflict (account_id) do nothing""")
                .bind("id", card.accountId()).bind("customer", card.customerId()).bind("number", card.cardNumber())
                .bind("product", card.product()).bind("region", card.region());
        spec = card.familyAccountId() == null ? spec.bindNull("family", String.class) : spec.bind("family", card.familyAccountId());
        return spec.then();
    }

    Mono<Void> starLevel(String accountId, int level) {
        return db.sql("update card set star_level = :level where account_id = :id").bind("level", level).bind("id", accountId).then();
    }

    private static Card toCard(io.r2dbc.spi.Readable row) {
        return new Card(row.get("account_id", String.class), row.get("customer_id", String.class),
                row.get("card_number", String.class), row.get("product", String.class), row.get("region", String.class),
                row.get("family_account_id", String.class), row.get("star_level", Integer.class));
    }
}
