package org.ebank.platform.audit;

import java.time.Clock;
import java.util.Map;
import org.ebank.contracts.audit.ActionRecorded;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.contracts.audit.AuditTopics;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.security.Caller;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Records a staff, channel-system or system action in the audit trail: who (from the caller's token, or
 * {@code system} when a scheduled job acts), what, on what, and the request that caused it. It goes out through the
 * outbox, so called in the action's transaction it is recorded exactly when the action is; notification-service keeps
 * the trail and serves it to staff.
 */
public class Audit {

    private static final String SYSTEM = "system";

    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final String service;
    private final Clock clock;

    public Audit(Outbox outbox, TransactionalOperator tx, String service, Clock clock) {
        this.outbox = outbox;
        this.tx = tx;
        this.service = service;
        this.clock = clock;
    }

    /** {@code details}: what identifies the action, never a secret or a full card number. */
    public Mono<Void> record(AuditAction action, String subject, Map<String, String> details) {
        // joins the action's transaction; a read (nothing else to commit) gets one of its own
        return tx.transactional(Mono.deferContextual(context -> Caller.current()
                .map(caller -> new Actor(caller.subject(), role(caller)))
                .defaultIfEmpty(new Actor(SYSTEM, "SYSTEM"))
                .flatMap(actor -> outbox.append(AuditTopics.AUDIT, actor.id(), AuditTopics.ACTION_RECORDED,
                        new ActionRecorded(actor.id(), actor.role(), action.name(), subject, details, service,
                                RequestIds.of(context).orElse(null), clock.instant())))
                .then()));
    }

    private static String role(Caller caller) {
        for (String role : new String[] {Caller.STAFF, Caller.CHANNEL_SYSTEM, Caller.SERVICE, Caller.CUSTOMER, Caller.OPERATOR}) {
            if (caller.has(role)) {
                return role;
            }
        }
        return "UNKNOWN";
    }

    private record Actor(String id, String role) {
    }
}
