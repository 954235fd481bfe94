package org.ebank.corporate.pooling.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.pooling.application.CashPoolRepository;
import org.ebank.corporate.pooling.domain.CashPool;
import org.ebank.corporate.pooling.domain.Sweep;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcCashPoolRepository implements CashPoolRepository {

    private static final String POOLS = """
            select p.id, p.enterprise_id, p.master_account_id, p.set_up_by, p.created_at, m.account_id, m.keep_minimum
            from cash_pool p join cash_pool_member m on m.pool_id = p.id""";

    private final DatabaseClient db;

    R2dbcCashPoolRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> insert(CashPool pool) {
        Mono<Void> header = db.sql("""
                        insert into cash_pool (id, enterprise_id, master_account_id, set_up_by, created_at)
                        values (:id, :enterprise, :master, :by, :at)""")
                .bind("id", pool.id()).bind("enterprise", pool.enterpriseId()).bind("master", pool.masterAccountId())
                .bind("by", pool.setUpBy()).bind("at", pool.createdAt().atOffset(ZoneOffset.UTC)).then();
        Mono<Void> members = db.sql("""
                        insert into cash_pool_member (pool_id, account_id, keep_minimum)
                        select :pool, * from unnest(:accounts::text[], :keeps::numeric[])""")
                .bind("pool", pool.id())
                .bind("accounts", pool.members().stream().map(CashPool.Member::accountId).toArray(String[]::new))
                .bind("keeps", pool.members().stream().map(member -> member.keepMinimum().amount()).toArray(BigDecimal[]::new)).then();
        List<String> accounts = new ArrayList<>();
        accounts.add(pool.masterAccountId());
        pool.members().forEach(member -> accounts.add(member.accountId()));
        Mono<Void> claimed = db.sql("""
                        insert into pooled_account (account_id, pool_id) select unnest(:accounts::text[]), :pool
                        on conflict do nothing""")
                .bind("accounts", accounts.toArray(String[]::new)).bind("pool", pool.id())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == accounts.size() ? Mono.<Void>empty() : Mono.error(new AccountPooled()));
        return header.then(claimed).then(members);
    }

    @Override
    public Flux<CashPool> of(String enterpriseId) {
        return pools(db.sql(POOLS + " where p.enterprise_id = :enterprise order by p.created_at, p.id, m.account_id")
                .bind("enterprise", enterpriseId));
    }

    @Override
    public Mono<CashPool> find(String poolId, String enterpriseId) {
        return pools(db.sql(POOLS + " where p.id = :id and p.enterprise_id = :enterprise order by m.account_id")
                .bind("id", poolId).bind("enterprise", enterpriseId)).next();
    }

    @Override
    public Flux<CashPool> all() {
        return pools(db.sql(POOLS + " order by p.created_at, p.id, m.account_id"));
    }

    @Override
    public Mono<Boolean> pooled(String accountId) {
        return db.sql("select exists (select 1 from pooled_account where account_id = :account) as pooled")
                .bind("account", accountId).map(row -> row.get("pooled", Boolean.class)).one();
    }

    @Override
    public Flux<Sweep> unsettled() {
        return db.sql("""
                        select pool_id, business_day, account_id, amount, status, reason from cash_sweep
                        where status = 'DECIDED' order by business_day, pool_id, account_id""")
                .map(R2dbcCashPoolRepository::toSweep).all();
    }

    @Override
    public Mono<Sweep> decide(Sweep decided) {
        return db.sql("""
                        insert into cash_sweep (pool_id, business_day, account_id, amount, status, decided_at)
                        values (:pool, :day, :account, :amount, 'DECIDED', now()) on conflict do nothing""")
                .bind("pool", decided.poolId()).bind("day", decided.businessDay()).bind("account", decided.accountId())
                .bind("amount", decided.amount().amount()).then()
                .then(sweeps(decided.poolId(), decided.businessDay()).filter(sweep -> sweep.accountId().equals(decided.accountId())).next());
    }

    @Override
    public Mono<Boolean> settle(Sweep sweep) {
        var spec = db.sql("""
                        update cash_sweep set status = :status, reason = :reason
                        where pool_id = :pool and business_day = :day and account_id = :account and status = 'DECIDED'""")
                .bind("pool", sweep.poolId()).bind("day", sweep.businessDay()).bind("account", sweep.accountId())
                .bind("status", sweep.status().name());
        return (sweep.reason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", sweep.reason()))
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Flux<Sweep> sweeps(String poolId, int days) {
        return db.sql("""
                        select pool_id, business_day, account_id, amount, status, reason from cash_sweep
                        where pool_id = :pool and business_day >= (select max(business_day) - :days from cash_sweep where pool_id = :pool)
                        order by business_day desc, account_id""")
                .bind("pool", poolId).bind("days", days - 1).map(R2dbcCashPoolRepository::toSweep).all();
    }

    @Override
    public Flux<Sweep> sweeps(String poolId, LocalDate day) {
        return db.sql("""
                        select pool_id, business_day, account_id, amount, status, reason from cash_sweep
                        where pool_id = :pool and business_day = :day order by account_id""")
                .bind("pool", poolId).bind("day", day).map(R2dbcCashPoolRepository::toSweep).all();
    }

    /** Rows of one pool come together (ordered by pool): each pool with all its members. */
    private static Flux<CashPool> pools(DatabaseClient.GenericExecuteSpec query) {
        return query.map(row -> new MemberRow(row.get("id", String.class), row.get("enterprise_id", String.class),
                        row.get("master_account_id", String.class), row.get("set_up_by", String.class),
                        row.get("created_at", OffsetDateTime.class).toInstant(),
                        new CashPool.Member(row.get("account_id", String.class), new Money(row.get("keep_minimum", BigDecimal.class)))))
                .all()
                .bufferUntilChanged(MemberRow::poolId)
                .map(rows -> {
                    MemberRow first = rows.get(0);
                    return new CashPool(first.poolId(), first.enterpriseId(), first.masterAccountId(),
                            rows.stream().map(MemberRow::member).toList(), first.setUpBy(), first.createdAt());
                });
    }

    private record MemberRow(String poolId, String enterpriseId, String masterAccountId, String setUpBy, Instant createdAt,
                             CashPool.Member member) {
    }

    private static Sweep toSweep(Readable row) {
        String reason = row.get("reason", String.class);
        return new Sweep(row.get("pool_id", String.class), row.get("business_day", LocalDate.class), row.get("account_id", String.class),
                new Money(row.get("amount", BigDecimal.class)), Sweep.Status.valueOf(row.get("status", String.class)), reason);
    }
}
