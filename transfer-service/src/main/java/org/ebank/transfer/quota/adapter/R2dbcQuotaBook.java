package org.ebank.transfer.quota.adapter;

import java.time.Instant;
import org.ebank.transfer.quota.application.QuotaBook;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Counts free uses per (fee card, rule, period). A reservation is made under the counter row's lock, so
 * two concurrent quotes can never both take the last free use; an expired, unused reservation no
 * longer counts.
 */
@Repository
public class R2dbcQuotaBook implements QuotaBook {

    private static final String TAKEN = """
            select count(*) from quota_use where fee_account_id = :card and rule = :rule and period = :period
              and (status = 'CONSUMED' or (status = 'RESERVED' and expires_at > :now))""";

    private final DatabaseClient db;

    public R2dbcQuotaBook(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Integer> usesLeft(String feeCard, String rule, String period, int limit, Instant now) {
        return taken(feeCard, rule, period, now).map(taken -> Math.max(0, limit - taken));
    }

    /** Reserves a free use for the quote; false when none is left. Runs in the caller's transaction. */
    @Override
    public Mono<Boolean> reserve(String feeCard, String rule, String period, int limit, String quoteId, Instant now,
                                 Instant expiresAt) {
        return lockCounter(feeCard, rule, period)
                .then(releaseExpired(feeCard, rule, period, now))
                .then(taken(feeCard, rule, period, now))
                .flatMap(taken -> taken >= limit ? Mono.just(false) : db.sql("""
                                insert into quota_use (quote_id, fee_account_id, rule, period, status, expires_at)
                                values (:quote, :card, :rule, :period, 'RESERVED', :expires)""")
                        .bind("quote", quoteId).bind("card", feeCard).bind("rule", rule).bind("period", period)
                        .bind("expires", expiresAt.atOffset(java.time.ZoneOffset.UTC))
                        .then().thenReturn(true));
    }

    /**
     * Gives back the free uses of a rule that the customer's transfer quotes hold and nobody confirmed, under the
     * counter's lock (kept until the caller's transaction ends). A confirmation racing this keeps its use: it locks
     * the row, and a confirmed quote's reservation no longer expires.
     */
    @Override
    public Mono<Void> releaseUnconfirmed(String customerId, String feeCard, String rule, String period) {
        return lockCounter(feeCard, rule, period).then(db.sql("""
                        update quota_use u set status = 'RELEASED'
                        from quote q
                        where q.id = u.quote_id and q.customer_id = :customer and q.purpose = 'TRANSFER' and not q.used
                          and u.fee_account_id = :card and u.rule = :rule and u.period = :period
                          and u.status = 'RESERVED' and u.expires_at <> 'infinity'""")
                .bind("customer", customerId).bind("card", feeCard).bind("rule", rule).bind("period", period).then());
    }

    /** Whether the quote still holds its free use at {@code now}, locked until the caller's transaction ends. */
    @Override
    public Mono<Boolean> stillHeld(String quoteId, Instant now) {
        return db.sql("select status = 'RESERVED' and expires_at > :now from quota_use where quote_id = :quote for update")
                .bind("quote", quoteId).bind("now", now.atOffset(java.time.ZoneOffset.UTC))
                .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one().defaultIfEmpty(false);
    }

    /** The transfer succeeded: the free use is spent. */
    @Override
    public Mono<Void> consume(String quoteId) {
        return setStatus(quoteId, "CONSUMED");
    }

    /** The transfer failed or came back: the free use is given back. */
    @Override
    public Mono<Void> release(String quoteId) {
        return setStatus(quoteId, "RELEASED");
    }

    private Mono<Void> setStatus(String quoteId, String status) {
        return db.sql("update quota_use set status = :status where quote_id = :quote").bind("status", status)
                .bind("quote", quoteId).then();
    }

    /**
     * Reservations past their expiry are given back for good, under the counter's lock: one being confirmed at that
     * very moment holds its row, and is kept when its confirmation made it never expire.
     */
    private Mono<Void> releaseExpired(String feeCard, String rule, String period, Instant now) {
        return db.sql("""
                        update quota_use set status = 'RELEASED'
                        where fee_account_id = :card and rule = :rule and period = :period and status = 'RESERVED' and expires_at <= :now""")
                .bind("card", feeCard).bind("rule", rule).bind("period", period).bind("now", now.atOffset(java.time.ZoneOffset.UTC))
                .then();
    }

    /** Everything that changes a count of (card, rule, period) runs under its counter row's lock, taken in one order. */
    private Mono<Void> lockCounter(String feeCard, String rule, String period) {
        return db.sql("insert into quota_counter (fee_account_id, rule, period) values (:card, :rule, :period) on conflict do nothing")
                .bind("card", feeCard).bind("rule", rule).bind("period", period).then()
                .then(db.sql("select 1 from quota_counter where fee_account_id = :card and rule = :rule and period = :period for update")
                        .bind("card", feeCard).bind("rule", rule).bind("period", period).then());
    }

    private Mono<Integer> taken(String feeCard, String rule, String period, Instant now) {
        return db.sql(TAKEN).bind("card", feeCard).bind("rule", rule).bind("period", period)
                .bind("now", now.atOffset(java.time.ZoneOffset.UTC))
                .map(row -> row.get(0, Long.class).intValue()).one();
    }
}
