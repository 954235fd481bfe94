package org.ebank.corporate.operator.adapter;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.corporate.operator.application.AdministratorRequestRepository;
import org.ebank.corporate.operator.domain.AdministratorRequest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcAdministratorRequestRepository implements AdministratorRequestRepository {

    private static final String COLUMNS = """
            id, enterprise_id, kind, login_name, name, phone, referrer_code, requested_by, requested_by_manager, branch_code,
            requested_at, expires_at, status""";

    private final DatabaseClient db;

    R2dbcAdministratorRequestRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insert(AdministratorRequest r) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                        insert into administrator_request (id, enterprise_id, kind, login_name, name, phone, referrer_code, requested_by,
                                                           requested_by_manager, branch_code, requested_at, expires_at, status)
                        values (:id, :enterprise, :kind, :login, :name, :phone, :referrer, :by, :manager, :branch, :at, :expires, 'PENDING')
                        on conflict do nothing""")
                .bind("id", r.id()).bind("enterprise", r.enterpriseId()).bind("kind", r.kind().name()).bind("by", r.requestedBy())
                .bind("manager", r.requestedByManager()).bind("branch", r.branchCode()).bind("at", utc(r.requestedAt()))
                .bind("expires", utc(r.expiresAt()));
        spec = nullable(spec, "login", r.loginName());
        spec = nullable(spec, "name", r.name());
        spec = nullable(spec, "phone", r.phone());
        spec = nullable(spec, "referrer", r.referrerCode());
        return expire(r.enterpriseId(), r.requestedAt()).then(spec.fetch().rowsUpdated()).map(rows -> rows == 1);
    }

    @Override
    public Mono<AdministratorRequest> lock(String requestId) {
        return db.sql("select " + COLUMNS + " from administrator_request where id = :id for update").bind("id", requestId)
                .map(R2dbcAdministratorRequestRepository::request).one();
    }

    @Override
    public Mono<AdministratorRequest> pending(String enterpriseId, AdministratorRequest.Kind kind, Instant now) {
        return expire(enterpriseId, now).then(db.sql("select " + COLUMNS
                        + " from administrator_request where enterprise_id = :enterprise and kind = :kind and status = 'PENDING'")
                .bind("enterprise", enterpriseId).bind("kind", kind.name()).map(R2dbcAdministratorRequestRepository::request).one());
    }

    @Override
    public Flux<AdministratorRequest> pendingAt(String branchCode, Instant now) {
        return db.sql("select " + COLUMNS + " from administrator_request where branch_code = :branch and status = 'PENDING' "
                        + "and expires_at > :now order by requested_at, id")
                .bind("branch", branchCode).bind("now", utc(now)).map(R2dbcAdministratorRequestRepository::request).all();
    }

    @Override
    public Mono<Void> close(String requestId, AdministratorRequest.Status status, String confirmedBy, Instant at) {
        return nullable(db.sql("update administrator_request set status = :status, confirmed_by = :by, closed_at = :at where id = :id")
                .bind("id", requestId).bind("status", status.name()).bind("at", utc(at)), "by", confirmedBy).then();
    }

    /** Out-of-date requests of the enterprise no longer wait (nor keep a new one from being made). */
    private Mono<Void> expire(String enterpriseId, Instant now) {
        return db.sql("""
                        update administrator_request set status = 'REFUSED', closed_at = :now
                        where enterprise_id = :enterprise and status = 'PENDING' and expires_at <= :now""")
                .bind("enterprise", enterpriseId).bind("now", utc(now)).then();
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static AdministratorRequest request(Readable row) {
        return new AdministratorRequest(row.get("id", String.class), row.get("enterprise_id", String.class),
                AdministratorRequest.Kind.valueOf(row.get("kind", String.class)), row.get("login_name", String.class),
                row.get("name", String.class), row.get("phone", String.class), row.get("referrer_code", String.class),
                row.get("requested_by", String.class), Boolean.TRUE.equals(row.get("requested_by_manager", Boolean.class)),
                row.get("branch_code", String.class), row.get("requested_at", OffsetDateTime.class).toInstant(),
                row.get("expires_at", OffsetDateTime.class).toInstant(),
                AdministratorRequest.Status.valueOf(row.get("status", String.class)));
    }
}
