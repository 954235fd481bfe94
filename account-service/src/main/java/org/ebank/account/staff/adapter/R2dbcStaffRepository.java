package org.ebank.account.staff.adapter;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.ebank.account.card.domain.Region;
import org.ebank.account.customer.domain.PhoneNumber;
import org.ebank.account.staff.application.StaffRepository;
import org.ebank.account.staff.domain.Branch;
import org.ebank.account.staff.domain.StaffLogin;
import org.ebank.account.staff.domain.StaffMember;
import org.ebank.contracts.account.StaffRole;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcStaffRepository implements StaffRepository {

    private static final String STAFF_COLUMNS = "code, name, branch_code, role, phone";

    private final DatabaseClient db;

    R2dbcStaffRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Branch> addBranch(Branch branch, Instant at) {
        var spec = db.sql("""
                        insert into branch (code, name, region, parent_code, opened_at) values (:code, :name, :region, :parent, :at)
                        on conflict do nothing""")
                .bind("code", branch.code()).bind("name", branch.name()).bind("region", branch.region().code())
                .bind("at", at.atOffset(ZoneOffset.UTC));
        spec = branch.parentCode() == null ? spec.bindNull("parent", String.class) : spec.bind("parent", branch.parentCode());
        return spec.fetch().rowsUpdated().filter(rows -> rows == 1).map(rows -> branch);
    }

    @Override
    public Mono<Branch> findBranch(String code) {
        return db.sql("select code, name, region, parent_code from branch where code = :code").bind("code", code)
                .map(R2dbcStaffRepository::branch).one();
    }

    @Override
    public Flux<Branch> branches() {
        return db.sql("select code, name, region, parent_code from branch order by code").map(R2dbcStaffRepository::branch).all();
    }

    @Override
    public Mono<StaffMember> addStaff(StaffMember member, String passwordHash, boolean initial, String enrolledBy, boolean awaiting,
                                      Instant at) {
        var spec = db.sql("""
                        insert into staff (code, name, branch_code, role, phone, password_hash, initial, enrolled_by, awaiting_confirmation,
                                           enrolled_at)
                        values (:code, :name, :branch, :role, :phone, :hash, :initial, :by, :awaiting, :at) on conflict do nothing""")
                .bind("code", member.code()).bind("name", member.name()).bind("branch", member.branchCode())
                .bind("role", member.role().name()).bind("phone", member.phone().value()).bind("initial", initial)
                .bind("awaiting", awaiting).bind("at", at.atOffset(ZoneOffset.UTC));
        spec = enrolledBy == null ? spec.bindNull("by", String.class) : spec.bind("by", enrolledBy);
        spec = passwordHash == null ? spec.bindNull("hash", String.class) : spec.bind("hash", passwordHash);
        return spec.fetch().rowsUpdated().filter(rows -> rows == 1).map(rows -> member);
    }

    @Override
    public Mono<Void> confirmEnrolment(String staffCode, String confirmedBy) {
        return db.sql("update staff set awaiting_confirmation = false, confirmed_by = :by where code = :code")
                .bind("code", staffCode).bind("by", confirmedBy).then();
    }

    @Override
    public Flux<StaffMember> awaitingConfirmation() {
        return db.sql("select " + STAFF_COLUMNS + " from staff where awaiting_confirmation and left_at is null order by enrolled_at, code")
                .map(R2dbcStaffRepository::member).all();
    }

    @Override
    public Flux<String> initialPasswordHashes() {
        return db.sql("select password_hash from staff where initial and password_hash is not null and left_at is null")
                .map(row -> row.get("password_hash", String.class)).all();
    }

    @Override
    public Flux<StaffMember> staffOf(String branchCode) {
        return db.sql("select " + STAFF_COLUMNS + " from staff where branch_code = :branch and left_at is null "
                        + "and not awaiting_confirmation order by code")
                .bind("branch", branchCode).map(R2dbcStaffRepository::member).all();
    }

    @Override
    public Mono<StaffLogin> lockLogin(String staffCode) {
        return db.sql("select " + STAFF_COLUMNS + ", password_hash, activation_hash, activation_expires_at, failed_tries, locked_until, "
                        + "left_at, enrolled_by, awaiting_confirmation from staff where code = :code for update")
                .bind("code", staffCode.toLowerCase(Locale.ROOT))
                .map(row -> new StaffLogin(member(row), row.get("password_hash", String.class), row.get("activation_hash", String.class),
                        instant(row, "activation_expires_at"), row.get("failed_tries", Integer.class), instant(row, "locked_until"),
                        row.get("left_at", OffsetDateTime.class) != null, row.get("enrolled_by", String.class),
                        Boolean.TRUE.equals(row.get("awaiting_confirmation", Boolean.class))))
                .one();
    }

    @Override
    public Mono<Void> startOver(String staffCode, String activationHash, Instant expiresAt) {
        return db.sql("""
                        update staff set password_hash = null, activation_hash = :hash, activation_expires_at = :expires,
                        failed_tries = 0, locked_until = null where code = :code""")
                .bind("code", staffCode).bind("hash", activationHash).bind("expires", expiresAt.atOffset(ZoneOffset.UTC)).then();
    }

    @Override
    public Mono<Void> choosePassword(String staffCode, String passwordHash) {
        return db.sql("""
                        update staff set password_hash = :hash, activation_hash = null, activation_expires_at = null,
                        failed_tries = 0, locked_until = null where code = :code""")
                .bind("code", staffCode).bind("hash", passwordHash).then();
    }

    @Override
    public Mono<Void> countFailure(String staffCode, Instant lockedUntil) {
        var spec = db.sql("""
                        update staff set failed_tries = case when :lock then 0 else failed_tries + 1 end,
                        locked_until = coalesce(:until, locked_until) where code = :code""")
                .bind("code", staffCode).bind("lock", lockedUntil != null);
        return (lockedUntil == null ? spec.bindNull("until", OffsetDateTime.class) : spec.bind("until", lockedUntil.atOffset(ZoneOffset.UTC)))
                .then();
    }

    @Override
    public Mono<Void> clearFailures(String staffCode) {
        return db.sql("update staff set failed_tries = 0 where code = :code and failed_tries > 0").bind("code", staffCode).then();
    }

    @Override
    public Mono<Void> leave(String staffCode, Instant at) {
        return db.sql("""
                        update staff set left_at = :at, password_hash = null, activation_hash = null, activation_expires_at = null
                        where code = :code""")
                .bind("code", staffCode).bind("at", at.atOffset(ZoneOffset.UTC)).then();
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime at = row.get(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static Branch branch(Readable row) {
        return new Branch(row.get("code", String.class), row.get("name", String.class), new Region(row.get("region", String.class)),
                row.get("parent_code", String.class));
    }

    private static StaffMember member(Readable row) {
        return new StaffMember(row.get("code", String.class), row.get("name", String.class), row.get("branch_code", String.class),
                StaffRole.valueOf(row.get("role", String.class)), new PhoneNumber(row.get("phone", String.class)));
    }
}
