package org.ebank.corporate.payment.application;

import java.time.Instant;
import java.util.Collection;
import org.ebank.corporate.payment.domain.CorporatePayment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface PaymentRepository {

    Mono<Void> insert(CorporatePayment payment);

    /** The enterprise's payment, locked for the rest of the transaction: two checkers' approvals are decided in turn. */
    Mono<CorporatePayment> lock(String paymentId, String enterpriseId);

    Mono<CorporatePayment> find(String paymentId, String enterpriseId);

    /** Those of these payments that exist, whoever's they are (for the jobs that follow them). */
    Flux<CorporatePayment> findAll(Collection<String> paymentIds);

    Mono<Void> update(CorporatePayment payment);

    /** An approved payment whose posting got no answer goes to the back of the recovery queue. */
    Mono<Void> touch(String paymentId, Instant at);

    /** Newest first. */
    Flux<CorporatePayment> of(String enterpriseId, int limit);

    /**
     * The enterprise's quotes and payments awaiting approval that {@code operatorId} entered or approved, locked (waiting
     * for any step under way on them), in a stable order.
     */
    Flux<CorporatePayment> lockPendingWithPartOf(String enterpriseId, String operatorId);

    /** Quotes and payments awaiting approval whose time ran out, locked (skipping those another instance holds). */
    Flux<CorporatePayment> lockExpired(Instant now, int limit);

    /** Payments to other banks handed to clearing and not settled or returned yet, the longest waiting first. */
    Flux<CorporatePayment> inClearing(int limit);

    /** Approved payments not posted since {@code before}: a crash or a lost ledger answer left them. */
    Flux<CorporatePayment> approvedBefore(Instant before, int limit);
}
