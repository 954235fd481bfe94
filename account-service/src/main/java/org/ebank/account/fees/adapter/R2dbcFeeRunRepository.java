package org.ebank.account.fees.adapter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.ebank.account.fees.application.FeeRun;
import org.ebank.account.fees.application.FeeRunRepository;
import org.ebank.account.fees.domain.FeeKind;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcFeeRunRepository implements FeeRunRepository {

    private final DatabaseClient db;

    R2dbcFeeRunRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<FeeRun> start(FeeKind kind, String period) {
        return db.sql("insert into fee_run (kind, period) values (:kind, :period) on conflict do nothing")
                .bind("kind", kind.name()).bind("period", period).then()
                .then(db.sql("select * from fee_run where kind = :kind and period = :period")
                        .bind("kind", kind.name()).bind("period", period)
                        .map(row -> new FeeRun(kind, period, row.get("done", Boolean.class), row.get("last_account_id", String.class),
                                row.get("charged", Integer.class), row.get("unpaid", Integer.class),
                                row.get("waived", Integer.class), row.get("not_due", Integer.class)))
                        .one());
    }

    @Override
    public Mono<Void> save(FeeRun run) {
        var update = db.sql("""
                        update fee_run set done = :done, last_account_id = :last, charged = :charged, unpaid = :unpaid,
                            waived = :waived, not_due = :notDue, updated_at = now()
                        where kind = :kind and period = :period""")
                .bind("done", run.done()).bind("charged", run.charged())
                .bind("unpaid", run.unpaid()).bind("waived", run.waived()).bind("notDue", run.notDue())
                .bind("kind", run.kind().name()).bind("period", run.period());
        // a period with no account due ends without having visited one
        return (run.lastAccountId() == null ? update.bindNull("last", String.class) : update.bind("last", run.lastAccountId())).then();
    }

    @Override
    /** Card accounts only: a corporate settlement account has no card, so no card fees. */
    public Flux<FeeAccount> accounts(String afterId, LocalDate openedBefore, int limit) {
        return db.sql("""
                        select id, product from account
                        where kind = 'CUSTOMER' and customer_id is not null and id > :after
                          and opened_at < (cast(:before as date) at time zone 'Asia/Shanghai')
                        order by id limit :limit""")
                .bind("after", afterId == null ? "" : afterId)
                .bind("before", openedBefore)
                .bind("limit", limit)
                .map(row -> new FeeAccount(row.get("id", String.class), CardProduct.valueOf(row.get("product", String.class))))
                .all();
    }

    @Override
    public Mono<Money> averageDailyBalance(String accountId, LocalDate from, LocalDate to) {
        return db.sql("""
                        select avg(coalesce((select e.balance_after from entry e
                                             where e.account_id = a.id
                                               and e.recorded_at < ((d + interval '1 day') at time zone 'Asia/Shanghai')
                                             order by e.id desc limit 1), 0)) as average
                        from account a,
                             generate_series(cast(:from as date), cast(:to as date) - 1, interval '1 day') as d
                        where a.id = :id and d >= date(a.opened_at at time zone 'Asia/Shanghai')""")
                .bind("id", accountId).bind("from", from).bind("to", to)
                .map(row -> row.get("average", BigDecimal.class))
                .one()
                .map(average -> new Money(average.setScale(2, RoundingMode.HALF_UP)))
                .defaultIfEmpty(Money.ZERO);
    }
}
