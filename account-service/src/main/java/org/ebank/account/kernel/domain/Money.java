package org.ebank.account.kernel.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of CNY, exact to the fen (two decimal places). Never a double. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
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

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** {@code 1234.50}: how amounts travel in the API and in events. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
