package org.ebank.payment.etc.domain;

import java.time.Duration;

/**
 * How a debit is tried again: one the card cannot pay {@code retries} more times, each {@code after} the last (daily,
 * 3); one whose ledger answer did not come, {@code afterNoAnswer} later under the same posting id.
 */
public record DebitRetries(int retries, Duration after, Duration afterNoAnswer) {

    public DebitRetries {
        if (retries < 0 || after.isNegative() || after.isZero() || afterNoAnswer.isNegative() || afterNoAnswer.isZero()) {
            throw new IllegalArgumentException("retries are none or more, each some time after the last");
        }
    }
}
