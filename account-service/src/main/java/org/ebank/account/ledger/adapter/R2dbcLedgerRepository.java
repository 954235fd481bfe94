package org.ebank.account.ledger.adapter;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ebank.account.ledger.application.LedgerRepository;
import org.ebank.account.ledger.application.LockedAccount;
import org.ebank.account.ledger.application.RecordedPosting;
import org.ebank.account.ledger.domain.AccountKind;
import org.ebank.account.ledger.domain.Entry;
import org.ebank.account.ledger.domain.Hold;
import org.ebank.account.ledger.domain.LedgerAccount;
import org.ebank.account.ledger.domain.PostingDecision;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.value.Money;
import org.ebank.platform.db.Columns;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcLedgerRepository implements LedgerRepository {

    /** The owner its events name: the person, or for a corporate settlement account the enterprise. */
    private static final String ACCOUNT_COLUMNS =
            "id, kind, balance, held, coalesce(customer_id, enterprise_id) as owner_id, product, right(card_number, 4) as last_four";

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
        return findPostings(Set.of(id)).mapNotNull(found -> found.get(id));
    }

    @Override
    public Mono<Map<String, RecordedPosting>> findPostings(Set<String> ids) {
        // the headers first: on the hot path (new postings) there are none, and no entries to read
        return db.sql("select id, fingerprint, status, channel, kind, memo, refusal, refused_account, recorded_at "
                        + "from posting where id = any(:ids)")
                .bind("ids", ids.toArray(String[]::new))
                .map(R2dbcLedgerRepository::postingHeader)
                .all().collectList()
                .flatMap(headers -> headers.isEmpty() ? Mono.just(Map.<String, RecordedPosting>of()) : entries(headers)
                        .map(entries -> {
                            Map<String, RecordedPosting> found = new HashMap<>();
                            headers.forEach(h -> found.put(h.id(), new RecordedPosting(h.id(), h.fingerprint(), h.status(),
                                    h.channel(), h.kind(), h.memo(), entries.getOrDefault(h.id(), List.of()), h.refusal(),
                                    h.refusedAccountId(), h.recordedAt())));
                            return found;
                        }));
    }

    private Mono<Map<String, List<Entry>>> entries(List<RecordedPosting> postings) {
        return db.sql("""
                        select posting_id, account_id, direction, amount, balance_after, counterparty from entry
                        where posting_id = any(:ids) order by id""")
                .bind("ids", postings.stream().map(RecordedPosting::id).toArray(String[]::new))
                .map(row -> Map.entry(row.get("posting_id", String.class), new Entry(row.get("account_id", String.class),
                        Direction.valueOf(row.get("direction", String.class)), new Money(row.get("amount", BigDecimal.class)),
                        money(row.get("balance_after", BigDecimal.class)), row.get("counterparty", String.class))))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    @Override
    public Mono<Void> saveAll(List<NewPosting> postings) {
        if (postings.isEmpty()) {
            return Mono.empty();
        }
        Mono<Long> headers = db.sql("""
                        insert into posting (id, fingerprint, channel, kind, memo, status, refusal, refused_account,
                                             captures_hold, reverses, recorded_at)
                        select * from unnest(:ids::text[], :fingerprints::text[], :channels::text[], :kinds::text[], :memos::text[],
                                             :statuses::text[], :refusals::text[], :refusedAccounts::text[], :holds::text[],
                                             :reverses::text[], :ats::text[]::timestamptz[])""")
                .bind("ids", Columns.of(postings, p -> p.posting().id()))
                .bind("fingerprints", Columns.of(postings, p -> p.posting().fingerprint()))
                .bind("channels", Columns.of(postings, p -> p.posting().channel()))
                .bind("kinds", Columns.of(postings, p -> p.posting().kind()))
                .bind("memos", Columns.of(postings, p -> p.posting().memo()))
                .bind("statuses", Columns.of(postings, p -> p.posting().status().name()))
                .bind("refusals", Columns.of(postings, p -> p.posting().refusal() == null ? null : p.posting().refusal().name()))
                .bind("refusedAccounts", Columns.of(postings, p -> p.posting().refusedAccountId()))
                .bind("holds", Columns.of(postings, NewPosting::capturesHold))
                .bind("reverses", Columns.of(postings, NewPosting::reverses))
                .bind("ats", Columns.of(postings, p -> p.posting().recordedAt().toString()))
                .fetch().rowsUpdated();
        List<String> postingIds = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<String> ats = new ArrayList<>();
        for (NewPosting posting : postings) {
            for (Entry entry : posting.posting().entries()) {
                postingIds.add(posting.posting().id());
                entries.add(entry);
                ats.add(posting.posting().recordedAt().toString());
            }
        }
        if (entries.isEmpty()) {
            return headers.then();
        }
        Mono<Long> lines = db.sql("""
                        insert into entry (posting_id, account_id, direction, amount, balance_after, counterparty, recorded_at)
                        select e.posting_id, e.account_id, e.direction, e.amount, e.balance_after, e.counterparty, e.at
                        from unnest(:postings::text[], :accounts::text[], :directions::text[], :amounts::numeric[], :after::numeric[],
                                    :counterparties::text[], :ats::text[]::timestamptz[])
                             with ordinality as e(posting_id, account_id, direction, amount, balance_after, counterparty, at, n)
                        order by n""")
                .bind("postings", postingIds.toArray(String[]::new))
                .bind("accounts", entries.stream().map(Entry::accountId).toArray(String[]::new))
                .bind("directions", entries.stream().map(e -> e.direction().name()).toArray(String[]::new))
                .bind("amounts", entries.stream().map(e -> e.amount().amount()).toArray(BigDecimal[]::new))
                .bind("after", entries.stream().map(e -> e.balanceAfter() == null ? null : e.balanceAfter().amount())
                        .toArray(BigDecimal[]::new))
                .bind("counterparties", entries.stream().map(Entry::counterparty).toArray(String[]::new))
                .bind("ats", ats.toArray(String[]::new))
                .fetch().rowsUpdated();
        return headers.then(lines).then();
    }

    @Override
    public Mono<Void> updateBalances(Map<String, Money> balances) {
        if (balances.isEmpty()) {
            return Mono.empty();
        }
        List<String> ids = new ArrayList<>(new TreeSet<>(balances.keySet()));
        return db.sql("""
                        update account a set balance = b.balance
                        from unnest(:ids::text[], :balances::numeric[]) as b(id, balance) where a.id = b.id and a.kind = 'CUSTOMER'""")
                .bind("ids", ids.toArray(String[]::new))
                .bind("balances", ids.stream().map(id -> balances.get(id).amount()).toArray(BigDecimal[]::new))
                .then();
    }

    @Override
    public Mono<Map<String, String>> findReversalsOf(Set<String> postingIds) {
        if (postingIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("select reverses, id from posting where reverses = any(:ids)").bind("ids", postingIds.toArray(String[]::new))
                .map(row -> Map.entry(row.get("reverses", String.class), row.get("id", String.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    @Override
    public Mono<Hold> findHold(String holdId) {
        return db.sql("select id, account_id, amount, status from hold where id = :id").bind("id", holdId)
                .map(R2dbcLedgerRepository::toHold).one();
    }

    @Override
    public Mono<Hold> lockHold(String holdId) {
        return lockHolds(Set.of(holdId)).mapNotNull(holds -> holds.get(holdId));
    }

    @Override
    public Mono<Map<String, Hold>> lockHolds(Set<String> holdIds) {
        if (holdIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("select id, account_id, amount, status from hold where id = any(:ids) order by id for update")
                .bind("ids", holdIds.toArray(String[]::new))
                .map(R2dbcLedgerRepository::toHold).all().collectMap(Hold::id);
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
    public Mono<Void> settleHolds(Collection<Hold> holds, Hold.Status status, Instant at) {
        if (holds.isEmpty()) {
            return Mono.empty();
        }
        Map<String, Money> released = new TreeMap<>();
        holds.forEach(hold -> released.merge(hold.accountId(), hold.amount(), Money::plus));
        return db.sql("update hold set status = :status, settled_at = :at where id = any(:ids) and status = 'ACTIVE'")
                .bind("status", status.name()).bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("ids", holds.stream().map(Hold::id).toArray(String[]::new))
                .then()
                .then(db.sql("""
                                update account a set held = a.held - r.amount
                                from unnest(:accounts::text[], :amounts::numeric[]) as r(id, amount) where a.id = r.id""")
                        .bind("accounts", released.keySet().toArray(String[]::new))
                        .bind("amounts", released.values().stream().map(Money::amount).toArray(BigDecimal[]::new))
                        .then());
    }

    private static Hold toHold(Readable row) {
        return new Hold(row.get("id", String.class), row.get("account_id", String.class),
                new Money(row.get("amount", BigDecimal.class)), Hold.Status.valueOf(row.get("status", String.class)));
    }

    private static LockedAccount toLocked(Readable row) {
        LedgerAccount ledger = new LedgerAccount(row.get("id", String.class), AccountKind.valueOf(row.get("kind", String.class)),
                new Money(row.get("balance", BigDecimal.class)), new Money(row.get("held", BigDecimal.class)));
        return new LockedAccount(ledger, row.get("owner_id", String.class), row.get("product", String.class),
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

    private static Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount);
    }
}
