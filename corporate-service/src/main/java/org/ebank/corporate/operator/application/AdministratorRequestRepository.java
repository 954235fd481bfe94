package org.ebank.corporate.operator.application;

import java.time.Instant;
import org.ebank.corporate.operator.domain.AdministratorRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Staff requests about enterprises' administrators, waiting for a second staff member. */
public interface AdministratorRequestRepository {

    /** False when one of that kind waits for the enterprise already. */
    Mono<Boolean> insert(AdministratorRequest request);

    /** Locked for the caller's transaction. */
    Mono<AdministratorRequest> lock(String requestId);

    /** The one of that kind waiting for the enterprise (out of date ones closed first). */
    Mono<AdministratorRequest> pending(String enterpriseId, AdministratorRequest.Kind kind, Instant now);

    /** Those waiting at a branch, oldest first. */
    Flux<AdministratorRequest> pendingAt(String branchCode, Instant now);

    Mono<Void> close(String requestId, AdministratorRequest.Status status, String confirmedBy, Instant at);
}
