package org.ebank.notification.audit.adapter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.notification.audit.application.AuditTrail;
import org.ebank.notification.audit.domain.AuditQuery;
import org.ebank.notification.audit.domain.AuditRecord;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Staff read the audit trail of every service, newest first: filtered by who ({@code actor}), what ({@code action}),
 * on what ({@code subject}), the request that caused it ({@code requestId}) and Asia/Shanghai dates ({@code from},
 * {@code to}, both included), a page at a time ({@code cursor} from the page before).
 */
@RestController
class AuditController {

    private final AuditTrail trail;
    private final Clock clock;

    AuditController(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/api/v1/ops/audit")
    Mono<Map<String, Object>> audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                                    @RequestParam(required = false) String subject, @RequestParam(required = false) String requestId,
                                    @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                    @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int limit) {
        if (action != null && Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(action))) {
            throw invalid("action", new Text("未知的操作类型", "Unknown action: one of " + Arrays.toString(AuditAction.values())));
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw invalid("from", new Text("起始日期不能晚于结束日期", "from must not be after to"));
        }
        int size = Math.max(1, Math.min(limit, 100));
        AuditQuery query = new AuditQuery(actor, action, subject, requestId, from == null ? null : startOf(from),
                to == null ? null : startOf(to.plusDays(1)), parse(cursor), size);
        return trail.search(query).collectList().map(items -> {
            Map<String, Object> page = new HashMap<>();
            page.put("items", items.stream().map(AuditController::view).toList());
            page.put("nextCursor", items.size() < size ? null : cursorOf(items.get(items.size() - 1)));
            return page;
        });
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private static Map<String, Object> view(AuditRecord r) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", r.id());
        view.put("at", r.at());
        view.put("actor", r.actor());
        view.put("role", r.role());
        view.put("action", r.action());
        view.put("subject", r.subject());
        view.put("details", r.details());
        view.put("service", r.service());
        view.put("requestId", r.requestId());
        return view;
    }

    /** Opaque to clients: where the page ended. */
    private static String cursorOf(AuditRecord last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((last.at() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static AuditQuery.Cursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
            return new AuditQuery.Cursor(Instant.parse(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw invalid("cursor", new Text("分页游标无效", "The paging cursor is not valid"));
        }
    }

    private static ApiException invalid(String field, Text text) {
        return new ApiException(CommonProblems.INVALID_REQUEST, text,
                Map.of("errors", List.of(Map.of("field", field, "message", text.en()))));
    }
}
