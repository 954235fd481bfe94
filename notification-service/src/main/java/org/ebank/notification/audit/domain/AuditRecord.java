package org.ebank.notification.audit.domain;

import java.time.Instant;
import java.util.Map;

/** One action in the audit trail, as the service that did it recorded it; {@code id} is its event id. */
public record AuditRecord(String id, String actor, String role, String action, String subject, Map<String, String> details,
                          String service, String requestId, Instant at) {
}
