package org.ebank.transfer.transfer.adapter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.transfer.transfer.application.OtpRepository;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class R2dbcOtpRepository implements OtpRepository {

    private final DatabaseClient db;

    public R2dbcOtpRepository(DatabaseClient db) {
        this.db = db;
    }

    /** A new code replaces the last one for the quote; the wrong tries made so far still count against the quote. */
    @Override
    public Mono<Void> save(String quoteId, String codeHash, Instant expiresAt) {
        return db.sql("""
                        insert into otp (quote_id, code_hash, expires_at, tries) values (:quote, :hash, :expires, 0)
                        on conflict (quote_id) do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at""")
                .bind("quote", quoteId).bind("hash", codeHash).bind("expires", expiresAt.atOffset(ZoneOffset.UTC)).then();
    }

    @Override
    public Mono<StoredOtp> lock(String quoteId) {
        return db.sql("select code_hash, expires_at, tries from otp where quote_id = :quote for update").bind("quote", quoteId)
                .map(row -> new StoredOtp(row.get("code_hash", String.class),
                        row.get("expires_at", OffsetDateTime.class).toInstant(), row.get("tries", Integer.class)))
                .one();
    }

    @Override
    public Mono<Void> countTry(String quoteId) {
        return db.sql("update otp set tries = tries + 1 where quote_id = :quote").bind("quote", quoteId).then();
    }
}
