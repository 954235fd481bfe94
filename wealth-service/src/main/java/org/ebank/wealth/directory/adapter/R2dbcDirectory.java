package org.ebank.wealth.directory.adapter;

import java.time.LocalDate;
import org.ebank.wealth.directory.application.Directory;
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
    public Mono<Boolean> owns(String customerId, String accountId) {
        return db.sql("select 1 from card where account_id = :account and customer_id = :customer")
                .bind("account", accountId).bind("customer", customerId).map(row -> true).one().defaultIfEmpty(false);
    }

    @Override
    public Mono<LocalDate> birthDate(String customerId) {
        return db.sql("select birth_date from customer where id = :id").bind("id", customerId)
                .map(row -> row.get("birth_date", LocalDate.class)).one();
    }

    Mono<Void> customerRegistered(String customerId, LocalDate birthDate) {
        return db.sql("insert into customer (id, birth_date) values (:id, :born) on conflict do nothing")
                .bind("id", customerId).bind("born", birthDate).then();
    }

    Mono<Void> cardOpened(String accountId, String customerId) {
        return db.sql("insert into card (account_id, customer_id) values (:account, :customer) on conflict do nothing")
                .bind("account", accountId).bind("customer", customerId).then();
    }
}
