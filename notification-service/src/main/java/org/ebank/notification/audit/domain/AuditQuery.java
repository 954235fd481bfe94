package org.ebank.notification.audit.domain;

import java.time.Instant;

/**
 * Which part of the trail to read, newest first: each filter optional ({@code from} included, {@code to} excluded),
 * {@code before} the cursor of the page before (the {@code at} and id of its last record).
 */
public record AuditQuery(String actor, String action, String subject, String requestId, Instant from, Instant to,
                         Cursor before, int limit) {

    /** Where a page ended: records older than this one come next. */
    public record Cursor(Instant at, String id) {
    }
}
