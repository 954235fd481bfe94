package org.ebank.corporate.payment.application;

import org.ebank.corporate.payment.domain.CorporatePayment;
import reactor.core.publisher.Mono;

/** The interbank clearing network: payments to other banks are handed to it and followed until settled or returned. */
public interface Clearing {

    /** Hands the payment to the network under its id; the same id twice is one payment there. {@link Refused} if it will not take it. */
    Mono<Void> submit(CorporatePayment payment);

    Mono<Status> status(String paymentId);

    /** PENDING, SETTLED, RETURNED (with the other bank's reason), or UNKNOWN when the network has not seen it (submit it again). */
    record Status(String status, String reason) {
    }

    /** The network refused the payment outright (an unknown bank, a malformed account number): it will never settle. */
    final class Refused extends RuntimeException {

        public Refused(String why) {
            super(why);
        }
    }
}
