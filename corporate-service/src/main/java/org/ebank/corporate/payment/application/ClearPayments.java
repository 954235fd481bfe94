package org.ebank.corporate.payment.application;

import java.time.Clock;
import java.util.List;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.LedgerRefusal;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Channel;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.ebank.platform.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Follows payments to other banks through clearing, as transfer-service follows customers' transfers. Settled: the money
 * leaves the clearing account for the bank's settlement funds, and the payment is COMPLETED. Returned: the payment's
 * posting is reversed (amount and fee back with the payer), and it is RETURNED. Unknown to the network (just posted, or
 * its hand-over lost): handed over; a network that refuses it (4xx: no such bank, say) has it returned with the reason
 * REFUSED_BY_NETWORK. Each ledger step has an id of its own, so a crash between steps repeats nothing; a payment's
 * status moves on only from PENDING_CLEARING, under its row's lock. Left: an answer that contradicts an earlier one
 * (RETURNED after a settlement this job posted but did not record) is not detected, as in transfer-service.
 */
@Service
public class ClearPayments {

    private static final Logger log = LoggerFactory.getLogger(ClearPayments.class);
    private static final int BATCH = 200;

    private final PaymentRepository payments;
    private final Clearing clearing;
    private final Ledger ledger;
    private final PaymentEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    public ClearPayments(PaymentRepository payments, Clearing clearing, Ledger ledger, PaymentEvents events, TransactionalOperator tx,
                         Clock clock) {
        this.payments = payments;
        this.clearing = clearing;
        this.ledger = ledger;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** How many were settled or returned now; a network that does not answer leaves them for the next run. */
    public Mono<Long> follow() {
        return payments.inClearing(BATCH)
                .concatMap(payment -> clearing.status(payment.id()).flatMap(status -> next(payment, status))
                        .onErrorResume(e -> {
                            log.warn("clearing: payment {} not followed this time: {}", payment.id(), e.toString());
                            return Mono.just(payment);
                        }))
                .filter(payment -> payment.status() != CorporatePayment.Status.PENDING_CLEARING)
                .count();
    }

    private Mono<CorporatePayment> next(CorporatePayment payment, Clearing.Status status) {
        return switch (status.status()) {
            case "UNKNOWN" -> clearing.submit(payment).thenReturn(payment)
                    .onErrorResume(Clearing.Refused.class, refused -> next(payment, new Clearing.Status("RETURNED", "REFUSED_BY_NETWORK")));
            case "SETTLED" -> ledger.post(new PostingRequest("settle-" + payment.id(), Channel.SYSTEM, "INTERBANK_SETTLEMENT",
                            "跨行清算 " + payment.id(), List.of(Leg.debit(InternalAccounts.INTERBANK_CLEARING, payment.amount()),
                            Leg.credit(InternalAccounts.INTERBANK_SETTLEMENT, payment.amount()))))
                    .flatMap(result -> result.isRecorded()
                            ? finish(payment, CorporateTopics.PAYMENT_SETTLED, payment.settled(clock.instant())) : Mono.just(payment));
            case "RETURNED" -> ledger.reverse(payment.id(), "return-" + payment.id())
                    .flatMap(result -> result.isRecorded() || result.isRefused(LedgerRefusal.ALREADY_REVERSED)
                            ? finish(payment, CorporateTopics.PAYMENT_RETURNED, payment.returned(status.reason(), clock.instant()))
                            : Mono.just(payment));
            default -> Mono.just(payment);
        };
    }

    private Mono<CorporatePayment> finish(CorporatePayment payment, String type, CorporatePayment next) {
        return tx.transactional(payments.lock(payment.id(), payment.enterpriseId()).flatMap(current -> {
            if (current.status() != CorporatePayment.Status.PENDING_CLEARING) {
                return Mono.just(current);
            }
            return payments.update(next).then(events.publish(type, next, null)).thenReturn(next);
        }));
    }
}
