package org.ebank.payment.bill.application;

import java.time.Clock;
import java.util.function.Function;
import org.ebank.contracts.payment.PaymentTopics;
import org.ebank.payment.bill.domain.BillPayment;
import org.ebank.payment.bill.domain.BillPaymentStatus;
import org.ebank.payment.biller.application.BillerCatalogue;
import org.ebank.payment.biller.application.Billers;
import org.ebank.payment.biller.domain.Biller;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.ebank.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Takes a bill payment as far as it can go from where it is: the money held on the card (PENDING → HELD, or FAILED when
 * not there), the biller asked (→ CONFIRMED, or → REFUSED once the hold is released), the held money taken to the
 * billers' account (→ PAID). Each step is keyed by the payment's id at the ledger and the biller, so it is safe to take
 * again; a step whose answer does not come leaves the payment where it is, for recovery to take it on. Each move is a
 * conditional update: two instances finishing the same payment move it once, and its event is written with that move.
 */
@Service
public class FinishBillPayment {

    private static final Logger log = LoggerFactory.getLogger(FinishBillPayment.class);

    private final BillPaymentRepository payments;
    private final BillerCatalogue catalogue;
    private final Billers billers;
    private final Ledger ledger;
    private final Outbox outbox;
    private final TransactionalOperator tx;
    private final Clock clock;

    FinishBillPayment(BillPaymentRepository payments, BillerCatalogue catalogue, Billers billers, Ledger ledger, Outbox outbox,
                      TransactionalOperator tx, Clock clock) {
        this.payments = payments;
        this.catalogue = catalogue;
        this.billers = billers;
        this.ledger = ledger;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    /** As far as it goes now; {@code recovering}: the biller is asked what it made of the payment before it is sent again. */
    public Mono<BillPayment> drive(BillPayment payment, boolean recovering) {
        return switch (payment.status()) {
            case PENDING -> hold(payment);
            case HELD -> askBiller(payment, recovering);
            case CONFIRMED -> capture(payment);
            default -> Mono.just(payment);
        };
    }

    private Mono<BillPayment> hold(BillPayment payment) {
        return ledger.hold(payment.id(), payment.accountId(), payment.amount()).flatMap(result -> {
            if (result.isRecorded()) {
                return advance(payment, BillPaymentStatus.HELD, held -> askBiller(held, false));
            }
            if (result instanceof LedgerResult.Refused refused) {
                // told: the customer who saw PROCESSING (the hold's answer lost) learns it from the message
                return moveAndTell(payment, BillPaymentStatus.FAILED, refused.refusal().name(), PaymentTopics.BILL_FAILED);
            }
            return unanswered(payment, "hold", result);
        });
    }

    /**
     * The ledger's answer did not come: the payment stays where it is, for recovery to take on; marked as tried, so
     * recovery takes the others before it again.
     */
    private Mono<BillPayment> unanswered(BillPayment payment, String step, LedgerResult result) {
        log.warn("bill payment {}: the ledger's answer to its {} did not come ({}); recovery asks again", payment.id(), step,
                result instanceof LedgerResult.Unknown unknown ? unknown.why() : result);
        return payments.tried(payment.id(), clock.instant()).thenReturn(payment);
    }

    private Mono<BillPayment> askBiller(BillPayment payment, boolean recovering) {
        Mono<Billers.Answer> send = billers.pay(payment.id(), payment.billerCode(), payment.customerNumber(), payment.amount());
        Mono<Billers.Answer> answered = (recovering ? billers.answerTo(payment.id()).switchIfEmpty(send) : send).onErrorResume(e -> {
            log.warn("bill payment {}: no answer from the biller yet ({}); recovery asks again", payment.id(), e.toString());
            return Mono.empty();
        });
        return answered.flatMap(answer -> answer.confirmed() ? advance(payment, BillPaymentStatus.CONFIRMED, this::capture)
                        : release(payment, answer.reason()))
                .switchIfEmpty(Mono.defer(() -> payments.tried(payment.id(), clock.instant()).thenReturn(payment)));
    }

    private Mono<BillPayment> release(BillPayment payment, String reason) {
        return ledger.release(payment.id()).flatMap(result -> result.isRecorded()
                ? moveAndTell(payment, BillPaymentStatus.REFUSED, reason, PaymentTopics.BILL_REFUSED)
                : unanswered(payment, "release", result));
    }

    private Mono<BillPayment> capture(BillPayment payment) {
        Biller biller = catalogue.get(payment.billerCode());
        return ledger.post(payment.capture(biller)).flatMap(result -> {
            if (result.isRecorded()) {
                return moveAndTell(payment, BillPaymentStatus.PAID, null, PaymentTopics.BILL_PAID);
            }
            if (result instanceof LedgerResult.Refused) {
                // the biller took the payment and the ledger will not take the held money (the hold gone, the account
                // closed): it stays CONFIRMED, for an operator to settle by hand
                log.error("bill payment {} confirmed by the biller but the ledger refused to take it: {}", payment.id(), result);
                return Mono.just(payment);
            }
            return unanswered(payment, "capture", result);
        });
    }

    private Mono<BillPayment> advance(BillPayment payment, BillPaymentStatus to, Function<BillPayment, Mono<BillPayment>> next) {
        return advance(payment, to, null, next);
    }

    /**
     * The payment moved on, then {@code next} taken from there; when another instance moved it first, it is left as that
     * one left it (that one takes the next step): a step is never taken twice, nor an event written twice.
     */
    private Mono<BillPayment> advance(BillPayment payment, BillPaymentStatus to, String reason,
                                      Function<BillPayment, Mono<BillPayment>> next) {
        BillPayment moved = payment.moved(to, reason, clock.instant());
        return payments.move(moved, payment.status()).flatMap(done -> done ? next.apply(moved) : payments.byId(payment.id()));
    }

    /** The move and its event in one transaction: the event is written once, with the move that makes it true. */
    private Mono<BillPayment> moveAndTell(BillPayment payment, BillPaymentStatus to, String reason, String type) {
        BillPayment moved = payment.moved(to, reason, clock.instant());
        Biller biller = catalogue.get(payment.billerCode());
        return tx.transactional(payments.move(moved, payment.status()).flatMap(done -> done
                        ? outbox.append(PaymentTopics.BILL, payment.customerId(), type, moved.event(biller)).thenReturn(moved)
                        : payments.byId(payment.id())));
    }
}
