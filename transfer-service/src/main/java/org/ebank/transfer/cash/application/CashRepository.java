package org.ebank.transfer.cash.application;

import java.time.Instant;
import org.ebank.transfer.cash.domain.CashOperation;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Cash operations: PENDING while the ledger decides, then COMPLETED or FAILED once. */
public interface CashRepository {

    Mono<Void> savePending(CashOperation operation);

    /** The operation recorded under this id, and where it is (PENDING, COMPLETED or FAILED), if there is one. */
    Mono<Recorded> byId(String id);

    /** Moves a PENDING operation on; false when another worker finished it first. Runs in the caller's transaction. */
    Mono<Boolean> finish(String id, boolean completed);

    /** Operations still PENDING that were reported before {@code before}: a crash or a lost answer left them. */
    Flux<CashOperation> pendingBefore(Instant before, int limit);

    record Recorded(CashOperation operation, String status) {
    }
}
