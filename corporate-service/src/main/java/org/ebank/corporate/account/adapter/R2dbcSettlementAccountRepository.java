package org.ebank.corporate.account.adapter;

import java.time.ZoneOffset;
import org.ebank.corporate.account.application.SettlementAccountRepository;
import org.ebank.corporate.account.domain.SettlementAccount;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcSettlementAccountRepository implements SettlementAccountRepository {

    private final DatabaseClient db;

    R2dbcSettlementAccountRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(SettlementAccount account) {
        return db.sql("""
                        insert into settlement_account (id, enterprise_id, last_four, region, opened_at)
                        values (:id, :enterprise, :lastFour, :region, :openedAt) on conflict (id) do nothing""")
                .bind("id", account.id())
                .bind("enterprise", account.enterpriseId())
                .bind("lastFour", account.lastFour())
                .bind("region", account.region())
                .bind("openedAt", account.openedAt().atOffset(ZoneOffset.UTC))
                .then();
    }

    @Override
    public Mono<String> regionOf(String accountId, String enterpriseId) {
        return db.sql("select region from settlement_account where id = :id and enterprise_id = :enterprise")
                .bind("id", accountId).bind("enterprise", enterpriseId).map(row -> row.get("region", String.class)).one();
    }

    @Override
    public Flux<String> idsOf(String enterpriseId) {
        return db.sql("select id from settlement_account where enterprise_id = :enterprise order by opened_at, id")
                .bind("enterprise", enterpriseId).map(row -> row.get("id", String.class)).all();
    }
}
