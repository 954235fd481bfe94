package org.ebank.corporate.operator.adapter;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.ebank.corporate.operator.application.OperatorRepository;
import org.ebank.corporate.operator.domain.Operator;
import org.ebank.corporate.operator.domain.OperatorRole;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcOperatorRepository implements OperatorRepository {

    private static final String COLUMNS = """
            id, enterprise_id, login_name, name, phone, role, status, password_hash, activation_code_hash, activation_expires_at,
            sealed_secret, last_code_step, failed_attempts, locked_until, enrolled_at, generation""";

    private final DatabaseClient db;

    R2dbcOperatorRepository(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Boolean> insert(Operator operator) {
        var spec = db.sql("""
                        insert into operator (id, enterprise_id, login_name, name, phone, role, status, activation_code_hash,
                                              activation_expires_at, last_code_step, failed_attempts, enrolled_at)
                        values (:id, :enterprise, :login, :name, :phone, :role, :status, :activation, :expires, :step, 0, :at)
                        on conflict do nothing""")
                .bind("id", operator.id())
                .bind("enterprise", operator.enterpriseId())
                .bind("login", operator.loginName())
                .bind("name", operator.name())
                .bind("role", operator.role().name())
                .bind("status", operator.status().name())
                .bind("activation", operator.activationCodeHash())
                .bind("expires", operator.activationExpiresAt().atOffset(ZoneOffset.UTC))
                .bind("step", operator.lastCodeStep())
                .bind("at", operator.enrolledAt().atOffset(ZoneOffset.UTC));
        return (operator.phone() == null ? spec.bindNull("phone", String.class) : spec.bind("phone", operator.phone()))
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    @Override
    public Mono<Operator> lock(String enterpriseId, String loginName) {
        return db.sql("select " + COLUMNS + " from operator where enterprise_id = :enterprise and login_name = :login for update")
                .bind("enterprise", enterpriseId).bind("login", loginName)
                .map(R2dbcOperatorRepository::toOperator).one();
    }

    @Override
    public Mono<Operator> lockAdministrator(String enterpriseId) {
        return db.sql("select " + COLUMNS + " from operator where enterprise_id = :enterprise and role = 'ADMIN' for update")
                .bind("enterprise", enterpriseId).map(R2dbcOperatorRepository::toOperator).one();
    }

    @Override
    public Mono<Operator> lockById(String operatorId, String enterpriseId) {
        return db.sql("select " + COLUMNS + " from operator where id = :id and enterprise_id = :enterprise for update")
                .bind("id", operatorId).bind("enterprise", enterpriseId)
                .map(R2dbcOperatorRepository::toOperator).one();
    }

    @Override
    public Mono<Void> update(Operator operator) {
        var spec = db.sql("""
                        update operator set status = :status, password_hash = :password, activation_code_hash = :activation,
                            activation_expires_at = :expires, sealed_secret = :secret, last_code_step = :step,
                            failed_attempts = :failures, locked_until = :lockedUntil, generation = :generation
                        where id = :id""")
                .bind("id", operator.id())
                .bind("generation", operator.generation())
                .bind("status", operator.status().name())
                .bind("step", operator.lastCodeStep())
                .bind("failures", operator.failedAttempts());
        spec = bindText(spec, "password", operator.passwordHash());
        spec = bindText(spec, "activation", operator.activationCodeHash());
        spec = bindText(spec, "secret", operator.sealedSecret());
        spec = bindTime(spec, "expires", operator.activationExpiresAt());
        spec = bindTime(spec, "lockedUntil", operator.lockedUntil());
        return spec.then();
    }

    @Override
    public Mono<Boolean> hasOne(String enterpriseId, OperatorRole role) {
        return db.sql("select exists (select 1 from operator where enterprise_id = :enterprise and role = :role) as found")
                .bind("enterprise", enterpriseId).bind("role", role.name())
                .map(row -> row.get("found", Boolean.class)).one();
    }

    @Override
    public Mono<Boolean> phoneInUse(String enterpriseId, String phone) {
        return db.sql("select exists (select 1 from operator where enterprise_id = :enterprise and phone = :phone) as found")
                .bind("enterprise", enterpriseId).bind("phone", phone)
                .map(row -> row.get("found", Boolean.class)).one();
    }

    @Override
    public Mono<Long> generation(String operatorId, String enterpriseId) {
        return db.sql("select generation from operator where id = :id and enterprise_id = :enterprise and status = 'ACTIVE'")
                .bind("id", operatorId).bind("enterprise", enterpriseId).map(row -> row.get("generation", Long.class)).one();
    }

    @Override
    public Flux<Operator> of(String enterpriseId) {
        return db.sql("select " + COLUMNS + " from operator where enterprise_id = :enterprise order by enrolled_at, id")
                .bind("enterprise", enterpriseId).map(R2dbcOperatorRepository::toOperator).all();
    }

    private static DatabaseClient.GenericExecuteSpec bindText(DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private static DatabaseClient.GenericExecuteSpec bindTime(DatabaseClient.GenericExecuteSpec spec, String name, Instant value) {
        return value == null ? spec.bindNull(name, OffsetDateTime.class) : spec.bind(name, value.atOffset(ZoneOffset.UTC));
    }

    private static Operator toOperator(Readable row) {
        return new Operator(row.get("id", String.class), row.get("enterprise_id", String.class), row.get("login_name", String.class),
                row.get("name", String.class), row.get("phone", String.class), OperatorRole.valueOf(row.get("role", String.class)),
                Operator.Status.valueOf(row.get("status", String.class)), row.get("password_hash", String.class),
                row.get("activation_code_hash", String.class), instant(row, "activation_expires_at"),
                row.get("sealed_secret", String.class), row.get("last_code_step", Long.class),
                row.get("failed_attempts", Integer.class), instant(row, "locked_until"), instant(row, "enrolled_at"),
                row.get("generation", Long.class));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
