package org.ebank.account.star.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import org.ebank.account.star.application.StarLevelRepository;
import org.ebank.account.star.application.StarLevels.StarAccount;
import org.ebank.contracts.value.Money;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcStarLevelRepository implements StarLevelRepository {

    private static final String SELECT = """
            select a.id, a.customer_id, a.balance + coalesce(h.amount, 0) as liquid, a.star_level, a.star_override
            from account a left join liquid_holding h on h.account_id = a.id
            where a.id = :id and a.product = 'YIHUITONG'""";

    private final DatabaseClient db;

    R2dbcStarLevelRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<StarAccount> starAccount(String accountId) {
        return db.sql(SELECT).bind("id", accountId).map(R2dbcStarLevelRepository::toStarAccount).one();
    }

    @Override
    public Mono<StarAccount> lockStarAccount(String accountId) {
        return db.sql(SELECT + " for update of a").bind("id", accountId).map(R2dbcStarLevelRepository::toStarAccount).one();
    }

    @Override
    public Mono<Void> saveComputed(String accountId, int level) {
        return db.sql("update account set star_level = :level where id = :id").bind("level", level).bind("id", accountId).then();
    }

    @Override
    public Mono<Void> saveOverride(String accountId, Integer override, String staffId, String reason, Integer oldLevel,
                                   Integer newLevel, Instant at) {
        var update = db.sql("update account set star_override = :override where id = :id").bind("id", accountId);
        update = override == null ? update.bindNull("override", Integer.class) : update.bind("override", override);
        var audit = db.sql("""
                        insert into star_level_audit (account_id, staff_id, old_level, new_level, reason, changed_at)
                        values (:id, :staff, :old, :new, :reason, :at)""")
                .bind("id", accountId).bind("staff", staffId).bind("reason", reason).bind("at", at.atOffset(ZoneOffset.UTC));
        audit = oldLevel == null ? audit.bindNull("old", Integer.class) : audit.bind("old", oldLevel);
        audit = newLevel == null ? audit.bindNull("new", Integer.class) : audit.bind("new", newLevel);
        return update.then().then(audit.then());
    }

    private static StarAccount toStarAccount(Readable row) {
        return new StarAccount(row.get("id", String.class), row.get("customer_id", String.class),
                new Money(row.get("liquid", BigDecimal.class)), row.get("star_level", Integer.class),
                row.get("star_override", Integer.class));
    }
}
