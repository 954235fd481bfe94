package org.ebank.wealth.suitability.application;

import java.time.Instant;
import org.ebank.wealth.suitability.domain.Suitability;
import reactor.core.publisher.Mono;

/** Each customer's latest risk assessment. */
public interface AssessmentRepository {

    /** Replaces the customer's assessment. Runs in the caller's transaction. */
    Mono<Void> save(String customerId, int level, Instant validUntil, Instant at);

    Mono<Suitability.Assessment> of(String customerId);
}
