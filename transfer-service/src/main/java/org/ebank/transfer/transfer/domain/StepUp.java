package org.ebank.transfer.transfer.domain;

import java.time.Duration;
import org.ebank.contracts.value.Money;

/**
 * When a transfer needs a one-time password by SMS: above {@code above}, or to a payee never paid before.
 * The code has six digits, lives {@code lifetime} and allows {@code tries} attempts.
 */
public record StepUp(Money above, Duration lifetime, int tries) {

    public boolean required(Money amount, boolean knownPayee) {
        return amount.isGreaterThan(above) || !knownPayee;
    }
}
