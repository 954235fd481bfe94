package org.ebank.account.card.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.account.card.application.CardAccount;
import org.ebank.account.card.application.CardAccountRepository;
import org.ebank.account.card.domain.CardNumber;
import org.ebank.account.card.domain.Region;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcCardAccountRepository implements CardAccountRepository {

    private static final String SELECT = """
            select id, customer_id, card_number, product, region, family_account_id, balance, held,
                   coalesce(star_override, star_level) as star, opened_at
            from account where kind = 'CUSTOMER' and customer_id is not null""";

    private final DatabaseClient db;

    R2dbcCardAccountRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<CardAccount> insert(CardAccount account, String branchCode) {
        var spec = db.sql("""
                        insert into account (id, kind, customer_id, card_number, product, region, family_account_id, opened_at,
                                             branch_code)
                        values (:id, 'CUSTOMER', :customerId, :card, :product, :region, :family, :openedAt, :branch)
                        on conflict (card_number) do nothing""")
                .bind("id", account.id())
                .bind("customerId", account.customerId())
                .bind("card", account.cardNumber().value())
                .bind("product", account.product().name())
                .bind("region", account.region().code())
                .bind("openedAt", account.openedAt().atOffset(ZoneOffset.UTC));
        spec = account.familyAccountId() == null ? spec.bindNull("family", String.class)
                : spec.bind("family", account.familyAccountId());
        spec = branchCode == null ? spec.bindNull("branch", String.class) : spec.bind("branch", branchCode);
        return spec.fetch().rowsUpdated().filter(rows -> rows == 1).map(rows -> account);
    }

    @Override
    public Mono<CardAccount> findById(String accountId) {
        return db.sql(SELECT + " and id = :id").bind("id", accountId).map(R2dbcCardAccountRepository::toAccount).one();
    }

    @Override
    public Flux<CardAccount> findByCustomer(String customerId) {
        return db.sql(SELECT + " and customer_id = :customerId order by opened_at, id").bind("customerId", customerId)
                .map(R2dbcCardAccountRepository::toAccount).all();
    }

    @Override
    public Mono<CardAccount> findByCardNumber(String cardNumber) {
        return db.sql(SELECT + " and card_number = :card").bind("card", cardNumber)
                .map(R2dbcCardAccountRepository::toAccount).one();
    }

    private static CardAccount toAccount(Readable row) {
        Money balance = new Money(row.get("balance", BigDecimal.class));
        return new CardAccount(row.get("id", String.class), row.get("customer_id", String.class),
                new CardNumber(row.get("card_number", String.class)), CardProduct.valueOf(row.get("product", String.class)),
                new Region(row.get("region", String.class)), row.get("family_account_id", String.class), balance,
                balance.minus(new Money(row.get("held", BigDecimal.class))), row.get("star", Integer.class),
                row.get("opened_at", OffsetDateTime.class).toInstant());
    }
}
