package org.ebank.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.problem.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Makes a money-moving POST safe to retry: the first response to an {@code Idempotency-Key} is kept and
 * replayed; the same key with another body is refused (422); a replay while the first is still being
 * handled is refused (409). A request that died on an unexpected error, or was refused with "try again" (not found
 * yet, conflict, too many, unavailable), releases its key, so the client's retry runs again — the action itself must
 * be idempotent downstream (e.g. a ledger posting id).
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final ProblemType KEY_REQUIRED = ProblemType.of("idempotency-key-required", 400,
            "缺少幂等键 Idempotency-Key", "Idempotency-Key header required");
    public static final ProblemType KEY_REUSED = ProblemType.of("idempotency-key-reused", 422,
            "幂等键已用于其他请求", "Idempotency-Key used for another request");
    public static final ProblemType IN_FLIGHT = ProblemType.of("request-in-flight", 409,
            "相同请求正在处理中", "The same request is still being handled");

    private final DatabaseClient db;
    private final ObjectMapper mapper;
    private final ProblemWriter problems;
    private final Duration abandonedAfter;

    public IdempotentRequests(DatabaseClient db, ObjectMapper mapper, ProblemWriter problems, Duration abandonedAfter) {
        this.db = db;
        this.mapper = mapper;
        this.problems = problems;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * The id of the operation a request makes, the same for the same caller ({@code scope}) and Idempotency-Key: a
     * request sent again after its answer was lost, or after a 503, finds the operation its first try recorded and
     * finishes that one, never doing the work a second time.
     */
    public static String operationId(String prefix, String scope, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((scope + "\n" + key).getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * @param scope  whose keys these are, e.g. the customer id: one client's key never collides with another's
     * @param action runs once per key; its response (or expected refusal) is what every replay gets
     */
    public Mono<ResponseEntity<String>> execute(String scope, String key, Object request,
                                                Supplier<Mono<ResponseEntity<?>>> action) {
        if (key == null || key.isBlank() || key.length() > 100) {
            return Mono.error(new ApiException(KEY_REQUIRED, new Text("请在请求头 Idempotency-Key 中提供唯一的请求编号（最长100字符）",
                    "Send a unique Idempotency-Key header (at most 100 characters) with this request")));
        }
        String hash = hash(request);
        return claim(scope, key, hash).flatMap(claimed -> claimed
                ? run(scope, key, action)
                : replay(scope, key, hash));
    }

    private Mono<Boolean> claim(String scope, String key, String hash) {
        return db.sql("""
                        insert into idempotent_request (scope, idempotency_key, request_hash, status)
                        values (:scope, :key, :hash, 'IN_FLIGHT')
                        on conflict (scope, idempotency_key) do update set created_at = now()
                        where idempotent_request.status = 'IN_FLIGHT' and idempotent_request.request_hash = excluded.request_hash
                          and idempotent_request.created_at < now() - make_interval(secs => :abandoned)""")
                .bind("scope", scope).bind("key", key).bind("hash", hash)
                .bind("abandoned", (double) abandonedAfter.toSeconds())
                .fetch().rowsUpdated().map(rows -> rows == 1);
    }

    private Mono<ResponseEntity<String>> run(String scope, String key, Supplier<Mono<ResponseEntity<?>>> action) {
        return Mono.defer(action)
                .flatMap(response -> store(scope, key, response.getStatusCode().value(), MediaType.APPLICATION_JSON_VALUE,
                        json(response.getBody())))
                .onErrorResume(ApiException.class, refusal -> isFinal(refusal.type().status())
                        ? store(scope, key, refusal.type().status(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                json(problems.problem(refusal.type(), refusal.detail(), refusal.properties(), Locale.SIMPLIFIED_CHINESE, null)))
                        : release(scope, key).then(Mono.error(refusal)))
                .onErrorResume(error -> !(error instanceof ApiException), error -> release(scope, key).then(Mono.error(error)));
    }

    /**
     * Whether a refusal is the request's answer for good. "Not found" may be "not yet" (a card opened moments ago that
     * this service has not heard of), and a conflict, a rate limit or an outage says "try again": those are not kept,
     * so the client's retry with the same key runs again.
     */
    private static boolean isFinal(int status) {
        return status != 404 && status != 409 && status != 429 && status < 500;
    }

    private Mono<ResponseEntity<String>> store(String scope, String key, int status, String type, String body) {
        return db.sql("""
                        update idempotent_request set status = 'DONE', response_status = :status, response_type = :type,
                            response_body = :body where scope = :scope and idempotency_key = :key""")
                .bind("status", status).bind("type", type).bind("body", body).bind("scope", scope).bind("key", key)
                .then()
                .thenReturn(ResponseEntity.status(status).contentType(MediaType.parseMediaType(type)).body(body));
    }

    private Mono<Void> release(String scope, String key) {
        return db.sql("delete from idempotent_request where scope = :scope and idempotency_key = :key and status = 'IN_FLIGHT'")
                .bind("scope", scope).bind("key", key).then();
    }

    private Mono<ResponseEntity<String>> replay(String scope, String key, String hash) {
        return db.sql("""
                        select request_hash, status, response_status, response_type, response_body from idempotent_request
                        where scope = :scope and idempotency_key = :key""")
                .bind("scope", scope).bind("key", key)
                .map(row -> new Stored(row.get("request_hash", String.class), row.get("status", String.class),
                        row.get("response_status", Integer.class), row.get("response_type", String.class),
                        row.get("response_body", String.class)))
                .one()
                .map(stored -> {
                    if (!stored.hash().equals(hash)) {
                        throw new ApiException(KEY_REUSED, new Text("该 Idempotency-Key 已用于内容不同的请求",
                                "This Idempotency-Key was used for a request with another body"), Map.of("idempotencyKey", key));
                    }
                    if (!"DONE".equals(stored.status())) {
                        throw new ApiException(IN_FLIGHT, new Text("相同的请求正在处理中，请稍后查询结果",
                                "The same request is still being handled; look up its result shortly"));
                    }
                    return ResponseEntity.status(HttpStatus.valueOf(stored.responseStatus()))
                            .contentType(MediaType.parseMediaType(stored.responseType())).body(stored.body());
                });
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be written as JSON", e);
        }
    }

    private String hash(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String hash, String status, Integer responseStatus, String responseType, String body) {
    }
}
