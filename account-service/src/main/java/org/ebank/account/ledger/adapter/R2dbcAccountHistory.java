package org.ebank.account.ledger.adapter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.account.ledger.application.AccountHistory;
import org.ebank.account.ledger.application.HistoryLine;
import org.ebank.account.ledger.application.HistoryQuery;
import org.ebank.contracts.ledger.Movements;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The ledger's entries read back: pages of one account's history, and its movements by kind. */
@Repository
class R2dbcAccountHistory implements AccountHistory {

    private final DatabaseClient db;

    R2dbcAccountHistory(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Flux<HistoryLine> page(HistoryQuery query) {
        var spec = db.sql("""
                        select e.id, e.posting_id, e.recorded_at, e.direction, e.amount, e.balance_after, e.counterparty,
                               p.channel, p.kind, p.memo
                        from entry e join posting p on p.id = e.posting_id
                        where e.account_id = :account
                          and (cast(:before as bigint) is null or e.id < :before)
                          and (cast(:from as timestamptz) is null or e.recorded_at >= :from)
                          and (cast(:to as timestamptz) is null or e.recorded_at < :to)
                          and (cast(:direction as text) is null or e.direction = :direction)
                        order by e.id desc limit :limit""")
                .bind("account", query.accountId())
                .bind("limit", query.limit());
        spec = query.before() == null ? spec.bindNull("before", Long.class) : spec.bind("before", query.before());
        spec = query.from() == null ? spec.bindNull("from", OffsetDateTime.class)
                : spec.bind("from", query.from().atOffset(ZoneOffset.UTC));
        spec = query.to() == null ? spec.bindNull("to", OffsetDateTime.class) : spec.bind("to", query.to().atOffset(ZoneOffset.UTC));
        spec = query.direction() == null ? spec.bindNull("direction", String.class)
                : spec.bind("direction", query.direction().name());
        return spec.map(row -> new HistoryLine(row.get("id", Long.class), row.get("posting_id", String.class),
                        row.get("recorded_at", OffsetDateTime.class).toInstant(),
                        Direction.valueOf(row.get("direction", String.class)), new Money(row.get("amount", BigDecimal.class)),
                        new Money(row.get("balance_after", BigDecimal.class)), row.get("channel", String.class),
                        row.get("kind", String.class), row.get("memo", String.class), row.get("counterparty", String.class)))
                .all();
    }

    @Override
    public Mono<Movements> movements(String accountId, Instant from, Instant to) {
        return db.sql("""
                        select coalesce(reversed.kind, p.kind) as kind,
                               coalesce(sum(e.amount) filter (where e.direction = 'DEBIT'), 0)  as debits,
                               coalesce(sum(e.amount) filter (where e.direction = 'CREDIT'), 0) as credits
                        from entry e join posting p on p.id = e.posting_id
                             left join posting reversed on reversed.id = p.reverses
                        where e.account_id = :account and e.recorded_at >= :from and e.recorded_at < :to
                        group by 1 order by 1""")
                .bind("account", accountId).bind("from", from.atOffset(ZoneOffset.UTC)).bind("to", to.atOffset(ZoneOffset.UTC))
                .map(row -> new Movements.KindTotals(row.get("kind", String.class), fen(row.get("debits", BigDecimal.class)),
                        fen(row.get("credits", BigDecimal.class))))
                .all().collectList()
                .map(kinds -> new Movements(accountId, from, to, kinds));
    }

    private static String fen(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
