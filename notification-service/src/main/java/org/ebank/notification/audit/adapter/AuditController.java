package org.ebank.notification.audit.adapter;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.notification.audit.application.AuditTrail;
import org.ebank.notification.audit.domain.AuditQuery;
import org.ebank.notification.audit.domain.AuditRecord;
import org.ebank.platform.paging.Keyset;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.Text;
import org.ebank.platform.web.Page;
import org.ebank.platform.web.Paging;
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

    @Operation(operationId = "searchAuditTrail", summary = "Search the audit trail, newest first")
    @GetMapping("/api/v1/ops/audit")
    Mono<Page<AuditView>> audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                                @RequestParam(required = false) String subject, @RequestParam(required = false) String requestId,
                                @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int limit) {
        if (action != null && Arrays.stream(AuditAction.values()).noneMatch(a -> a.name().equals(action))) {
            throw ApiException.invalidField("action", new Text("未知的操作类型", "Unknown action: one of " + Arrays.toString(AuditAction.values())));
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalidField("from", new Text("起始日期不能晚于结束日期", "from must not be after to"));
        }
        int size = Paging.limit(limit);
        Keyset after = Paging.after(cursor);
        AuditQuery query = new AuditQuery(actor, action, subject, requestId, from == null ? null : startOf(from),
                to == null ? null : startOf(to.plusDays(1)), after == null ? null : new AuditQuery.Cursor(after.at(), after.id()), size);
        return trail.search(query).map(AuditView::of).collectList()
                .map(items -> Page.of(items, size, last -> new Keyset(last.at(), last.id()).cursor()));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** One audited action: who, in which role, what, on what, with what details, in which service, for which request. */
    record AuditView(String id, Instant at, String actor, String role, String action, String subject, Map<String, String> details,
                     String service, String requestId) {

        static AuditView of(AuditRecord r) {
            return new AuditView(r.id(), r.at(), r.actor(), r.role(), r.action(), r.subject(), r.details(), r.service(),
                    r.requestId());
        }
    }
}
