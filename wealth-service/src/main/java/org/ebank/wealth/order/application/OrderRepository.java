package org.ebank.wealth.order.application;

import java.time.Instant;
import org.ebank.wealth.order.domain.PendingOrder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Orders: PENDING while the ledger decides, then PLACED or FAILED once. */
public interface OrderRepository {

    /** Runs in the caller's transaction, with the product's quota taken. */
    Mono<Void> savePending(PendingOrder order);

    /** Moves a PENDING order on; false when another worker settled it first. Runs in the caller's transaction. */
    Mono<Boolean> settle(String orderId, boolean placed, String failureReason);

    Flux<PendingOrder> pendingBefore(Instant before, int limit);

    /** The order recorded under this id, and where it is (PENDING, PLACED or FAILED), if there is one. */
    Mono<Recorded> byId(String id);

    record Recorded(PendingOrder order, String status) {
    }
}
