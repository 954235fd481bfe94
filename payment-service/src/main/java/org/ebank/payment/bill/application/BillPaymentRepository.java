package org.ebank.payment.bill.application;

import java.time.Instant;
import org.ebank.payment.bill.domain.BillPayment;
import org.ebank.payment.bill.domain.BillPaymentStatus;
import org.ebank.platform.paging.Keyset;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Bill payments, each moved on from a status once (a conditional update), whoever gets there first. */
public interface BillPaymentRepository {

    /** Records a new payment; false when one of that id exists, or one of the same bill is under way. */
    Mono<Boolean> insert(BillPayment payment);

    Mono<BillPayment> byId(String id);

    /** Moves the payment from {@code from} to its status; false when it was not at {@code from} (someone else moved it). */
    Mono<Boolean> move(BillPayment moved, BillPaymentStatus from);

    /** Marks an unfinished payment as tried now (a step's answer did not come), so recovery takes the others first. */
    Mono<Void> tried(String id, Instant at);

    /** Unfinished payments not moved since {@code before}, oldest first. */
    Flux<BillPayment> unfinishedBefore(Instant before, int limit);

    /** A customer's payments, newest first, after {@code after} (null: from the newest). */
    Flux<BillPayment> ofCustomer(String customerId, Keyset after, int limit);
}
