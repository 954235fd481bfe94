package org.ebank.account.enrolment.adapter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.account.enrolment.application.EnrolmentRepository;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.ebank.account.enrolment.domain.LoginGuard.LoginState;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcEnrolmentRepository implements EnrolmentRepository {

    private final DatabaseClient db;

    R2dbcEnrolmentRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Credential> lockCredential(String customerId) {
        return db.sql("select customer_id, password_hash, failed_attempts, locked_until from credential "
                        + "where customer_id = :id for update")
                .bind("id", customerId)
                .map(row -> {
                    OffsetDateTime lockedUntil = row.get("locked_until", OffsetDateTime.class);
                    return new Credential(row.get("customer_id", String.class), row.get("password_hash", String.class),
                            new LoginState(row.get("failed_attempts", Integer.class),
                                    lockedUntil == null ? null : lockedUntil.toInstant()));
                })
                .one();
    }

    @Override
    public Mono<Boolean> createCredential(String customerId, String passwordHash) {
        return db.sql("insert into credential (customer_id, password_hash) values (:id, :hash) on conflict do nothing")
                .bind("id", customerId).bind("hash", passwordHash).fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Void> saveLoginState(String customerId, LoginState state) {
        var spec = db.sql("update credential set failed_attempts = :failures, locked_until = :until where customer_id = :id")
                .bind("id", customerId).bind("failures", state.failedAttempts());
        spec = state.lockedUntil() == null ? spec.bindNull("until", OffsetDateTime.class)
                : spec.bind("until", state.lockedUntil().atOffset(ZoneOffset.UTC));
        return spec.then();
    }

    @Override
    public Mono<Boolean> enrol(String customerId, EbankChannel channel, String referrerCode, Instant at) {
        var spec = db.sql("""
                        insert into enrolment (customer_id, channel, referrer_code, enrolled_at)
                        values (:id, :channel, :referrer, :at) on conflict do nothing""")
                .bind("id", customerId).bind("channel", channel.name()).bind("at", at.atOffset(ZoneOffset.UTC));
        spec = referrerCode == null ? spec.bindNull("referrer", String.class) : spec.bind("referrer", referrerCode);
        return spec.fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Flux<Enrolment> enrolments(String customerId) {
        return db.sql("select channel, referrer_code, enrolled_at from enrolment where customer_id = :id order by enrolled_at")
                .bind("id", customerId)
                .map(row -> new Enrolment(EbankChannel.valueOf(row.get("channel", String.class)),
                        row.get("referrer_code", String.class), row.get("enrolled_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    @Override
    public Mono<Void> lockPhone(String phone) {
        return db.sql("select pg_advisory_xact_lock(hashtext('phone:' || :phone))").bind("phone", phone).then();
    }

    @Override
    public Mono<String> enrolledCustomerWithPhone(String phone) {
        return db.sql("""
                        select c.id from customer c
                        where c.phone = :phone and exists (select 1 from enrolment e where e.customer_id = c.id)
                        limit 1""")
                .bind("phone", phone)
                .map(row -> row.get("id", String.class))
                .one();
    }

    @Override
    public Mono<Boolean> bindDevice(String customerId, String deviceId, Instant at) {
        return db.sql("insert into device (customer_id, device_id, bound_at) values (:id, :device, :at) on conflict do nothing")
                .bind("id", customerId).bind("device", deviceId).bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Boolean> isDeviceBound(String customerId, String deviceId) {
        return db.sql("select exists (select 1 from device where customer_id = :id and device_id = :device)")
                .bind("id", customerId).bind("device", deviceId).map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }
}
