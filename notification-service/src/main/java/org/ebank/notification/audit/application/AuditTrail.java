package org.ebank.notification.audit.application;

import java.util.List;
import org.ebank.notification.audit.domain.AuditQuery;
import org.ebank.notification.audit.domain.AuditRecord;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit trail, kept append-only: a record is written once (by its event id) and never changed. */
public interface AuditTrail {

    Mono<Void> keep(List<AuditRecord> records);

    Flux<AuditRecord> search(AuditQuery query);
}
