package org.ebank.payment.biller.application;

import org.ebank.contracts.value.Money;
import org.ebank.payment.biller.domain.Bill;
import reactor.core.publisher.Mono;

/**
 * The billers, through their gateway. A payment's id makes paying safe to repeat: the biller answers it once. A call that
 * gets no answer (a timeout, a refused connection, a 5xx) fails: the caller tries again later with the same id.
 */
public interface Billers {

    /** This month's bill, or empty when the biller knows no such customer number. */
    Mono<Bill> bill(String billerCode, String customerNumber);

    /** Pays the bill: confirmed, or refused with the biller's reason. */
    Mono<Answer> pay(String paymentId, String billerCode, String customerNumber, Money amount);

    /** What the biller made of a payment, or empty when it never received it. */
    Mono<Answer> answerTo(String paymentId);

    /** {@code reason}: the biller's, when refused. */
    record Answer(boolean confirmed, String reason) {
    }
}
