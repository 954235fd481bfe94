package org.ebank.transfer.directory.adapter;

import java.util.Map;
import org.ebank.contracts.value.CardProduct;
import org.ebank.platform.secrets.CardNumberHash;
import org.ebank.transfer.directory.application.CardDirectory;
import org.ebank.transfer.directory.domain.Card;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The replica of account facts: written by account events, read by quotes. */
@Repository
public class R2dbcCardDirectory implements CardDirectory {

    private static final String SELECT = "select account_id, customer_id, card_last_four, product, region, family_account_id, star_level from card";

    private final DatabaseClient db;
    private final CardNumberHash cardHash;

    public R2dbcCardDirectory(DatabaseClient db, CardNumberHash cardHash) {
        this.db = db;
        this.cardHash = cardHash;
    }

    @Override
    public Mono<Card> byAccountId(String accountId) {
        return db.sql(SELECT + " where account_id = :id").bind("id", accountId).map(R2dbcCardDirectory::toCard).one();
    }

    /** The card with the number a customer typed, found by its keyed hash: this service keeps no card numbers. */
    @Override
    public Mono<Card> byCardNumber(String cardNumber) {
        return db.sql(SELECT + " where card_number_hash = :hash").bind("hash", cardHash.of(cardNumber)).map(R2dbcCardDirectory::toCard).one();
    }

    @Override
    public Flux<Card> ofCustomer(String customerId) {
        return db.sql(SELECT + " where customer_id = :id order by account_id").bind("id", customerId).map(R2dbcCardDirectory::toCard).all();
    }

    Mono<Void> opened(Card card, String cardNumberHash) {
        var spec = db.sql("""
                        insert into card (account_id, customer_id, card_number_hash, card_last_four, product, region, family_account_id)
                        values (:id, :customer, :hash, :lastFour, :product, :region, :family) on conflict (account_id) do nothing""")
                .bind("id", card.accountId()).bind("customer", card.customerId()).bind("hash", cardNumberHash)
                .bind("lastFour", card.cardLastFour())
                .bind("product", card.product().name()).bind("region", card.region());
        spec = card.familyAccountId() == null ? spec.bindNull("family", String.class) : spec.bind("family", card.familyAccountId());
        return spec.then();
    }

    Mono<Void> starLevel(String accountId, int level) {
        return db.sql("update card set star_level = :level where account_id = :id").bind("level", level).bind("id", accountId).then();
    }

    /**
     * Cards announced before numbers were hashed still hold their number: hashes it and forgets it, once, at start.
     * Returns how many were done.
     */
    Mono<Long> forgetCardNumbers() {
        return db.sql("select account_id, card_number from card where card_number is not null")
                .map(row -> Map.entry(row.get("account_id", String.class), row.get("card_number", String.class))).all()
                .concatMap(card -> db.sql("""
                                update card set card_number_hash = :hash, card_last_four = :lastFour, card_number = null
                                where account_id = :id""")
                        .bind("hash", cardHash.of(card.getValue()))
                        .bind("lastFour", card.getValue().substring(card.getValue().length() - 4))
                        .bind("id", card.getKey()).fetch().rowsUpdated())
                .count();
    }

    private static Card toCard(io.r2dbc.spi.Readable row) {
        return new Card(row.get("account_id", String.class), row.get("customer_id", String.class),
                row.get("card_last_four", String.class), CardProduct.valueOf(row.get("product", String.class)), row.get("region", String.class),
                row.get("family_account_id", String.class), row.get("star_level", Integer.class));
    }
}
