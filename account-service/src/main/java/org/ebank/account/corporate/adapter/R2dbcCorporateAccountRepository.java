package org.ebank.account.corporate.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.account.card.domain.CardNumber;
import org.ebank.account.card.domain.Region;
import org.ebank.account.corporate.application.CorporateAccountRepository;
import org.ebank.account.corporate.domain.CorporateAccount;
import org.ebank.contracts.value.Money;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcCorporateAccountRepository implements CorporateAccountRepository {

    private final DatabaseClient db;

    R2dbcCorporateAccountRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insert(CorporateAccount account, String branchCode) {
        var spec = db.sql("""
                        insert into account (id, kind, enterprise_id, card_number, product, region, opened_at, branch_code)
                        values (:id, 'CUSTOMER', :enterprise, :number, 'CORPORATE', :region, :openedAt, :branch)
                        on conflict do nothing""")
                .bind("id", account.id())
                .bind("enterprise", account.enterpriseId())
                .bind("number", account.accountNumber().value())
                .bind("region", account.region().code())
                .bind("openedAt", account.openedAt().atOffset(ZoneOffset.UTC));
        return (branchCode == null ? spec.bindNull("branch", String.class) : spec.bind("branch", branchCode))
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<CorporateAccount> findById(String accountId) {
        return db.sql("""
                        select id, enterprise_id, card_number, region, balance, held, opened_at
                        from account where id = :id and enterprise_id is not null""")
                .bind("id", accountId).map(R2dbcCorporateAccountRepository::toAccount).one();
    }

    @Override
    public Flux<Holder> holders(Set<String> accountIds) {
        return db.sql("select a.id, c.name from account a left join customer c on c.id = a.customer_id where a.id = any(:ids)")
                .bind("ids", accountIds.toArray(String[]::new))
                .map(row -> new Holder(row.get("id", String.class), row.get("name", String.class))).all();
    }

    private static CorporateAccount toAccount(Readable row) {
        Money balance = new Money(row.get("balance", BigDecimal.class));
        return new CorporateAccount(row.get("id", String.class), row.get("enterprise_id", String.class),
                new CardNumber(row.get("card_number", String.class)), new Region(row.get("region", String.class)), balance,
                balance.minus(new Money(row.get("held", BigDecimal.class))), row.get("opened_at", OffsetDateTime.class).toInstant());
    }
}
