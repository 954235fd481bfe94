package org.ebank.payment.bill.application;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Finishes bill payments a crash or a lost answer left unfinished: each is taken on from where it is, the biller asked
 * what it made of a payment before it is sent again. Safe with several instances: a payment moves on from a status once.
 */
@Service
public class RecoverBillPayments {

    private static final Logger log = LoggerFactory.getLogger(RecoverBillPayments.class);

    private final BillPaymentRepository payments;
    private final FinishBillPayment finish;
    private final Clock clock;

    RecoverBillPayments(BillPaymentRepository payments, FinishBillPayment finish, Clock clock) {
        this.payments = payments;
        this.finish = finish;
        this.clock = clock;
    }

    /** How many were finished (paid, refused or failed) of those not moved for {@code grace}. */
    public Mono<Long> recover(Duration grace) {
        return payments.unfinishedBefore(clock.instant().minus(grace), 100)
                .concatMap(payment -> finish.drive(payment, true).onErrorResume(e -> {
                    // one payment's fault (say, its biller no longer in the catalogue) stops neither the others nor the next run
                    log.error("bill payment {} could not be taken on: {}", payment.id(), e.toString());
                    return payments.tried(payment.id(), clock.instant()).then(Mono.empty());
                }))
                .filter(payment -> payment.status().isFinished())
                .count();
    }
}
