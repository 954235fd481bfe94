package org.ebank.wealth.holding.application;

import java.time.Instant;
import org.ebank.wealth.holding.domain.PendingRedemption;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Redemptions: PENDING while the ledger decides, then DONE or FAILED once. */
public interface RedemptionRepository {

    /** Runs in the caller's transaction, with the amount taken off the holding. */
    Mono<Void> savePending(PendingRedemption redemption);

    /** Moves a PENDING redemption on; false when another worker finished it first. Runs in the caller's transaction. */
    Mono<Boolean> finish(String id, boolean done);

    Flux<PendingRedemption> pendingBefore(Instant before, int limit);

    /** The redemption recorded under this id, and where it is (PENDING, DONE or FAILED), if there is one. */
    Mono<Recorded> byId(String id);

    record Recorded(PendingRedemption redemption, String status) {
    }
}
