package org.ebank.contracts.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * An amount of money, exact to the currency's minor unit (the fen for CNY). Never a double. The bank books in CNY
 * only; the currency travels with the amount so that a sum of two currencies is refused rather than added.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final Currency CNY = Currency.getInstance("CNY");
    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,19}(\\.\\d{1,10})?");

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("an amount and its currency are required");
        }
        int decimals = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw new IllegalArgumentException("an amount has at most " + (decimals == 2 ? "two" : String.valueOf(decimals))
                    + " decimal places (fen)");
        }
        amount = amount.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    /** An amount of CNY. */
    public Money(BigDecimal amount) {
        this(amount, CNY);
    }

    /** {@code Money.of("1234.50")}: an amount of CNY written in plain digits (no exponent, no grouping). */
    public static Money of(String amount) {
        if (amount == null || !PLAIN.matcher(amount).matches()) {
            throw new IllegalArgumentException("an amount is written in plain digits, e.g. 1234.50");
        }
        return new Money(new BigDecimal(amount));
    }

    /** Rounds an exact result half-up to the fen: how the bank rounds fees and yields. */
    public static Money roundedHalfUp(BigDecimal exact) {
        return new Money(exact.setScale(CNY.getDefaultFractionDigits(), RoundingMode.HALF_UP));
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    /** {@code 1234.50}: how amounts travel in the API and in events (a JSON string, never a number). */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
