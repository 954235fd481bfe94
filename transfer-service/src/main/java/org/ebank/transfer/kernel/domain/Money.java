package org.ebank.transfer.kernel.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of CNY, exact to the fen. Never a double. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount == null) {
            throw new IllegalArgumentException("an amount is required");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount has at most two decimal places (fen)");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** Rounds an exact result half-up to the fen: how the bank rounds fees. */
    public static Money roundedHalfUp(BigDecimal exact) {
        return new Money(exact.setScale(2, RoundingMode.HALF_UP));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
