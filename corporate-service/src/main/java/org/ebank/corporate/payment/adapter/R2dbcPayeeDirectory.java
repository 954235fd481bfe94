package org.ebank.corporate.payment.adapter;

import io.r2dbc.spi.Readable;
import java.util.Collection;
import java.util.Map;
import org.ebank.corporate.payment.application.PayeeDirectory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcPayeeDirectory implements PayeeDirectory {

    private final DatabaseClient db;

    R2dbcPayeeDirectory(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(String numberHash, Payee payee) {
        return db.sql("""
                        insert into payee_account (number_hash, account_id, owner_id, region, last_four)
                        values (:hash, :account, :owner, :region, :lastFour) on conflict (number_hash) do nothing""")
                .bind("hash", numberHash).bind("account", payee.accountId()).bind("owner", payee.ownerId())
                .bind("region", payee.region()).bind("lastFour", payee.lastFour()).then();
    }

    @Override
    public Mono<Payee> find(String numberHash) {
        return db.sql("select account_id, owner_id, region, last_four from payee_account where number_hash = :hash")
                .bind("hash", numberHash)
                .map(R2dbcPayeeDirectory::toPayee)
                .one();
    }

    @Override
    public Mono<Map<String, Payee>> findAll(Collection<String> numberHashes) {
        if (numberHashes.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("select number_hash, account_id, owner_id, region, last_four from payee_account where number_hash = any(:hashes)")
                .bind("hashes", numberHashes.toArray(String[]::new))
                .map(row -> Map.entry(row.get("number_hash", String.class), toPayee(row)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static Payee toPayee(Readable row) {
        return new Payee(row.get("account_id", String.class), row.get("owner_id", String.class), row.get("region", String.class),
                row.get("last_four", String.class));
    }
}
