package org.ebank.contracts.audit;

import java.time.Instant;
import java.util.Map;
import org.ebank.contracts.Nullable;

/**
 * One action in the audit trail: who ({@code actor}, a staff id, a channel system, or {@code system} for a scheduled
 * job; {@code role} STAFF, CHANNEL, SERVICE or SYSTEM), what ({@code action} an {@link AuditAction}, on {@code subject},
 * with {@code details}: never a secret or a full card number), where ({@code service}), when, and the gateway's
 * {@code requestId} that caused it (null for a job).
 */
public record ActionRecorded(String actor, String role, String action, @Nullable String subject, Map<String, String> details,
                             String service, @Nullable String requestId, Instant at) {
}
