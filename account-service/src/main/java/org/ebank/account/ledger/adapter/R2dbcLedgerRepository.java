package org.ebank.account.ledger.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ebank.account.ledger.application.LedgerRepository;
import org.ebank.account.ledger.application.LockedAccount;
import org.ebank.account.ledger.application.RecordedPosting;
import org.ebank.account.ledger.domain.AccountKind;
import org.ebank.account.ledger.domain.Direction;
import org.ebank.account.ledger.domain.Entry;
import org.ebank.account.ledger.domain.Hold;
import org.ebank.account.ledger.domain.LedgerAccount;
import org.ebank.account.ledger.domain.Posting;
import org.ebank.account.ledger.domain.Money;
import org.ebank.account.ledger.domain.PostingDecision;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcLedgerRepository implements LedgerRepository {

    private static final String ACCOUNT_COLUMNS = "id, kind, balance, held, customer_id, product, right(card_number, 4) as last_four";

    private final DatabaseClient db;

    R2dbcLedgerRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Map<String, LockedAccount>> lockAccounts(Set<String> ids) {
        String[] wanted = ids.toArray(String[]::new);
        // internal accounts are read, not locked: every fee posting credits fee income
        Flux<LockedAccount> internal = db.sql("select " + ACCOUNT_COLUMNS + " from account where id = any(:ids) and kind = 'INTERNAL'")
                .bind("ids", wanted).map(R2dbcLedgerRepository::toLocked).all();
        Flux<LockedAccount> customers = db.sql("select " + ACCOUNT_COLUMNS
                        + " from account where id = any(:ids) and kind = 'CUSTOMER' order by id for update")
                .bind("ids", wanted).map(R2dbcLedgerRepository::toLocked).all();
        return Flux.concat(customers, internal).collectMap(a -> a.ledger().id());
    }

    @Override
    public Mono<RecordedPosting> findPosting(String id) {
        // the header first: on the hot path (a new posting) there is none, and no entries to read
        return db.sql("select id, fingerprint, status, channel, kind, memo, refusal, refused_account, recorded_at "
                        + "from posting where id = :id")
                .bind("id", id)
                .map(R2dbcLedgerRepository::postingHeader)
                .one()
                .flatMap(header -> entries(id).map(list -> new RecordedPosting(header.id(), header.fingerprint(),
                        header.status(), header.channel(), header.kind(), header.memo(), list, header.refusal(),
                        header.refusedAccountId(), header.recordedAt())));
    }

    private Mono<List<Entry>> entries(String postingId) {
        return db.sql("""
                        select account_id, direction, amount, balance_after, counterparty from entry
                        where posting_id = :id order by id""")
                .bind("id", postingId)
                .map(row -> new Entry(row.get("account_id", String.class), Direction.valueOf(row.get("direction", String.class)),
                        new Money(row.get("amount", BigDecimal.class)), money(row.get("balance_after", BigDecimal.class)),
                        row.get("counterparty", String.class)))
                .all().collectList();
    }

    @Override
    public Mono<Void> save(RecordedPosting posting, Posting request, Map<String, Money> newBalances) {
        OffsetDateTime at = posting.recordedAt().atOffset(ZoneOffset.UTC);
        boolean recorded = posting.status() == RecordedPosting.Status.RECORDED;
        var insert = db.sql("""
                        insert into posting (id, fingerprint, channel, kind, memo, status, refusal, refused_account,
                                             captures_hold, reverses, recorded_at)
                        values (:id, :fingerprint, :channel, :kind, :memo, :status, :refusal, :refusedAccount,
                                :capturesHold, :reverses, :at)""")
                .bind("id", posting.id())
                .bind("fingerprint", posting.fingerprint())
                .bind("channel", posting.channel())
                .bind("kind", posting.kind())
                .bind("status", posting.status().name())
                .bind("at", at);
        insert = nullable(insert, "memo", posting.memo());
        // only a recorded posting captures or reverses anything
        insert = nullable(insert, "capturesHold", recorded ? request.capturesHold() : null);
        insert = nullable(insert, "reverses", recorded ? request.reverses() : null);
        insert = nullable(insert, "refusal", posting.refusal() == null ? null : posting.refusal().name());
        insert = nullable(insert, "refusedAccount", posting.refusedAccountId());
        Mono<Long> header = insert.fetch().rowsUpdated();
        if (posting.entries().isEmpty()) {
            return header.then();
        }
        List<Entry> entries = posting.entries();
        Mono<Long> lines = db.sql("""
                        insert into entry (posting_id, account_id, direction, amount, balance_after, counterparty, recorded_at)
                        select :postingId, e.account_id, e.direction, e.amount, e.balance_after, nullif(e.counterparty, ''), :at
                        from unnest(:accounts::text[], :directions::text[], :amounts::numeric[], :after::numeric[],
                                    :counterparties::text[]) as e(account_id, direction, amount, balance_after, counterparty)""")
                .bind("postingId", posting.id())
                .bind("at", at)
                .bind("accounts", entries.stream().map(Entry::accountId).toArray(String[]::new))
                .bind("directions", entries.stream().map(e -> e.direction().name()).toArray(String[]::new))
                .bind("amounts", entries.stream().map(e -> e.amount().amount()).toArray(BigDecimal[]::new))
                .bind("after", entries.stream().map(e -> e.balanceAfter() == null ? null : e.balanceAfter().amount())
                        .toArray(BigDecimal[]::new))
                .bind("counterparties", entries.stream().map(e -> e.counterparty() == null ? "" : e.counterparty())
                        .toArray(String[]::new))
                .fetch().rowsUpdated();
        Mono<Long> balances = newBalances.isEmpty() ? Mono.just(0L) : db.sql("""
                        update account a set balance = b.balance
                        from unnest(:ids::text[], :balances::numeric[]) as b(id, balance) where a.id = b.id""")
                .bind("ids", newBalances.keySet().toArray(String[]::new))
                .bind("balances", newBalances.values().stream().map(Money::amount).toArray(BigDecimal[]::new))
                .fetch().rowsUpdated();
        return header.then(lines).then(balances).then();
    }

    @Override
    public Mono<String> findReversalOf(String postingId) {
        return db.sql("select id from posting where reverses = :id").bind("id", postingId)
                .map(row -> row.get("id", String.class)).one();
    }

    @Override
    public Mono<Hold> findHold(String holdId) {
        return db.sql("select id, account_id, amount, status from hold where id = :id").bind("id", holdId)
                .map(R2dbcLedgerRepository::toHold).one();
    }

    @Override
    public Mono<Hold> lockHold(String holdId) {
        return db.sql("select id, account_id, amount, status from hold where id = :id for update").bind("id", holdId)
                .map(R2dbcLedgerRepository::toHold).one();
    }

    @Override
    public Mono<Void> insertHold(Hold hold, Instant at) {
        return db.sql("insert into hold (id, account_id, amount, status, created_at) values (:id, :account, :amount, :status, :at)")
                .bind("id", hold.id()).bind("account", hold.accountId()).bind("amount", hold.amount().amount())
                .bind("status", hold.status().name()).bind("at", at.atOffset(ZoneOffset.UTC))
                .then()
                .then(db.sql("update account set held = held + :amount where id = :account")
                        .bind("amount", hold.amount().amount()).bind("account", hold.accountId()).then());
    }

    @Override
    public Mono<Void> settleHold(Hold hold, Hold.Status status, Instant at) {
        return db.sql("update hold set status = :status, settled_at = :at where id = :id and status = 'ACTIVE'")
                .bind("status", status.name()).bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", hold.id())
                .then()
                .then(db.sql("update account set held = held - :amount where id = :account")
                        .bind("amount", hold.amount().amount()).bind("account", hold.accountId()).then());
    }

    private static Hold toHold(Readable row) {
        return new Hold(row.get("id", String.class), row.get("account_id", String.class),
                new Money(row.get("amount", BigDecimal.class)), Hold.Status.valueOf(row.get("status", String.class)));
    }

    private static LockedAccount toLocked(Readable row) {
        LedgerAccount ledger = new LedgerAccount(row.get("id", String.class), AccountKind.valueOf(row.get("kind", String.class)),
                new Money(row.get("balance", BigDecimal.class)), new Money(row.get("held", BigDecimal.class)));
        return new LockedAccount(ledger, row.get("customer_id", String.class), row.get("product", String.class),
                row.get("last_four", String.class));
    }

    private static RecordedPosting postingHeader(Readable row) {
        String refusal = row.get("refusal", String.class);
        return new RecordedPosting(row.get("id", String.class), row.get("fingerprint", String.class),
                RecordedPosting.Status.valueOf(row.get("status", String.class)), row.get("channel", String.class),
                row.get("kind", String.class), row.get("memo", String.class), List.of(),
                refusal == null ? null : PostingDecision.Refusal.valueOf(refusal), row.get("refused_account", String.class),
                row.get("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }
}
