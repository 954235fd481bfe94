package org.ebank.notification.audit.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ebank.notification.audit.application.AuditTrail;
import org.ebank.notification.audit.domain.AuditQuery;
import org.ebank.notification.audit.domain.AuditRecord;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class R2dbcAuditTrail implements AuditTrail {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() { };

    private final DatabaseClient db;
    private final ObjectMapper json;

    R2dbcAuditTrail(DatabaseClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    @Override
    public Mono<Void> keep(List<AuditRecord> records) {
        return Flux.fromIterable(records).concatMap(r -> {
            var spec = db.sql("""
                            insert into audit_record (event_id, actor, role, action, subject, details, service, request_id, recorded_at)
                            values (:id, :actor, :role, :action, :subject, cast(:details as jsonb), :service, :request, :at)
                            on conflict (event_id) do nothing""")
                    .bind("id", r.id()).bind("actor", r.actor()).bind("role", r.role()).bind("action", r.action())
                    .bind("details", write(r.details())).bind("service", r.service()).bind("at", r.at().atOffset(ZoneOffset.UTC));
            spec = r.subject() == null ? spec.bindNull("subject", String.class) : spec.bind("subject", r.subject());
            spec = r.requestId() == null ? spec.bindNull("request", String.class) : spec.bind("request", r.requestId());
            return spec.then();
        }).then();
    }

    @Override
    public Flux<AuditRecord> search(AuditQuery q) {
        var spec = db.sql("""
                        select event_id, actor, role, action, subject, details::text as details, service, request_id, recorded_at
                        from audit_record
                        where (cast(:actor as text) is null or actor = :actor)
                          and (cast(:action as text) is null or action = :action)
                          and (cast(:subject as text) is null or subject = :subject)
                          and (cast(:request as text) is null or request_id = :request)
                          and recorded_at >= :from and recorded_at < :to
                          and (recorded_at, event_id) < (:beforeAt, :beforeId)
                        order by recorded_at desc, event_id desc
                        limit :limit""")
                .bind("from", (q.from() == null ? EARLIEST : q.from()).atOffset(ZoneOffset.UTC))
                .bind("to", (q.to() == null ? LATEST : q.to()).atOffset(ZoneOffset.UTC))
                .bind("beforeAt", (q.before() == null ? LATEST : q.before().at()).atOffset(ZoneOffset.UTC))
                .bind("beforeId", q.before() == null ? "" : q.before().id())
                .bind("limit", q.limit());
        spec = optional(spec, "actor", q.actor());
        spec = optional(spec, "action", q.action());
        spec = optional(spec, "subject", q.subject());
        spec = optional(spec, "request", q.requestId());
        return spec.map(this::record).all();
    }

    private AuditRecord record(Readable row) {
        return new AuditRecord(row.get("event_id", String.class), row.get("actor", String.class), row.get("role", String.class),
                row.get("action", String.class), row.get("subject", String.class), read(row.get("details", String.class)),
                row.get("service", String.class), row.get("request_id", String.class),
                row.get("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static DatabaseClient.GenericExecuteSpec optional(DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    private String write(Map<String, String> details) {
        try {
            return json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String details) {
        try {
            return json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
