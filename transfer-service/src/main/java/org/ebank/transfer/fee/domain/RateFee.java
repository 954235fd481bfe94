package org.ebank.transfer.fee.domain;

import java.math.BigDecimal;
import org.ebank.contracts.value.Money;

/** A percentage of the amount between a minimum and a maximum, clamped first, then rounded half-up to the fen. */
public record RateFee(BigDecimal rate, Money minimum, Money maximum) {

    public Money of(Money amount) {
        BigDecimal exact = amount.amount().multiply(rate);
        if (minimum != null && exact.compareTo(minimum.amount()) < 0) {
            exact = minimum.amount();
        }
        if (maximum != null && exact.compareTo(maximum.amount()) > 0) {
            exact = maximum.amount();
        }
        return Money.roundedHalfUp(exact);
    }
}
