package org.ebank.corporate.payment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * What no request does: quotes and payments awaiting approval whose time ran out are marked EXPIRED (the latter
 * announced, so their maker hears of it), and approved payments a crash or a lost ledger answer left are posted.
 */
@Service
public class PaymentHousekeeping {

    /** Long enough that the approving request's own posting is over. */
    private static final Duration LEFT_FOR = Duration.ofSeconds(30);
    private static final int BATCH = 100;

    private final PaymentRepository payments;
    private final PaymentEvents events;
    private final ExecutePayment execute;
    private final TransactionalOperator tx;
    private final Clock clock;

    public PaymentHousekeeping(PaymentRepository payments, PaymentEvents events, ExecutePayment execute, TransactionalOperator tx,
                               Clock clock) {
        this.payments = payments;
        this.events = events;
        this.execute = execute;
        this.tx = tx;
        this.clock = clock;
    }

    /** How many expired now. */
    public Mono<Long> expire() {
        Instant now = clock.instant();
        return tx.transactional(payments.lockExpired(now, BATCH)
                .concatMap(payment -> {
                    CorporatePayment expired = payment.expired(now);
                    return payments.update(expired).then(payment.status() == CorporatePayment.Status.PENDING_APPROVAL
                            ? events.publish(CorporateTopics.PAYMENT_EXPIRED, expired, null) : Mono.<Void>empty()).thenReturn(expired);
                })
                .count());
    }

    /** How many left approved were posted now (or found posted). */
    public Mono<Long> recover() {
        return payments.approvedBefore(clock.instant().minus(LEFT_FOR), BATCH)
                .concatMap(execute::execute)
                .concatMap(payment -> payment.status() == CorporatePayment.Status.APPROVED
                        ? payments.touch(payment.id(), clock.instant()).thenReturn(payment) : Mono.just(payment))
                .filter(payment -> payment.status() != CorporatePayment.Status.APPROVED)
                .count();
    }
}
