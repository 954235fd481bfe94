package org.ebank.payment.etc.domain;

import java.time.Duration;

/** How a debit the card cannot pay is tried again: {@code retries} more times, each {@code after} the last (daily, 3). */
public record DebitRetries(int retries, Duration after) {

    public DebitRetries {
        if (retries < 0 || after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("retries are none or more, each some time after the last");
        }
    }
}
