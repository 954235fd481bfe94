package org.ebank.account.enrolment.adapter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.account.enrolment.application.ChallengeRepository;
import org.ebank.account.enrolment.domain.Challenge;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
class R2dbcChallengeRepository implements ChallengeRepository {

    private final DatabaseClient db;

    R2dbcChallengeRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> save(Challenge c, Instant createdAt) {
        var spec = db.sql("""
                        insert into challenge (id, customer_id, purpose, channel, device_id, referrer_code, code_hash, created_at, expires_at)
                        values (:id, :customer, :purpose, :channel, :device, :referrer, :hash, :created, :expires)""")
                .bind("id", c.id()).bind("customer", c.customerId()).bind("purpose", c.purpose().name())
                .bind("channel", c.channel().name()).bind("hash", c.codeHash())
                .bind("created", createdAt.atOffset(ZoneOffset.UTC)).bind("expires", c.expiresAt().atOffset(ZoneOffset.UTC));
        spec = c.deviceId() == null ? spec.bindNull("device", String.class) : spec.bind("device", c.deviceId());
        spec = c.referrerCode() == null ? spec.bindNull("referrer", String.class) : spec.bind("referrer", c.referrerCode());
        return spec.then();
    }

    @Override
    public Mono<Challenge> lock(String id) {
        return db.sql("select * from challenge where id = :id for update").bind("id", id)
                .map(row -> new Challenge(row.get("id", String.class), row.get("customer_id", String.class),
                        Challenge.Purpose.valueOf(row.get("purpose", String.class)), EbankChannel.valueOf(row.get("channel", String.class)),
                        row.get("device_id", String.class), row.get("referrer_code", String.class), row.get("code_hash", String.class),
                        row.get("tries", Integer.class), Boolean.TRUE.equals(row.get("answered", Boolean.class)),
                        row.get("expires_at", OffsetDateTime.class).toInstant()))
                .one();
    }

    @Override
    public Mono<Void> countTry(String id) {
        return db.sql("update challenge set tries = tries + 1 where id = :id").bind("id", id).then();
    }

    @Override
    public Mono<Void> markAnswered(String id) {
        return db.sql("update challenge set answered = true where id = :id").bind("id", id).then();
    }

    @Override
    public Mono<Long> sentSince(String customerId, Instant since) {
        return db.sql("select pg_advisory_xact_lock(hashtext('challenge:' || :customer))").bind("customer", customerId).then()
                .then(db.sql("select count(*) from challenge where customer_id = :customer and created_at > :since")
                        .bind("customer", customerId).bind("since", since.atOffset(ZoneOffset.UTC))
                        .map(row -> row.get(0, Long.class)).one());
    }
}
