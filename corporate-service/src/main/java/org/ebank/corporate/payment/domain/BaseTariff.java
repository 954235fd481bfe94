package org.ebank.corporate.payment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ebank.contracts.value.Money;

/**
 * The bank's base tariff, which corporate payments pay (no card, so no card product's waivers): a same-bank payment in
 * the payer's region is free; across regions 0.5 % of the amount, at least 2.00 and at most 50.00, rounded half up to
 * the fen. Paying out a payroll batch costs nothing <em>(default)</em>.
 */
public final class BaseTariff {

    private static final BigDecimal RATE = new BigDecimal("0.005");
    private static final Money MIN = Money.of("2.00");
    private static final Money MAX = Money.of("50.00");

    private BaseTariff() {
    }

    public static Money fee(PaymentKind kind, Money amount) {
        if (kind == PaymentKind.SAME_BANK_SAME_REGION || kind == PaymentKind.PAYROLL) {
            return Money.ZERO;
        }
        Money fee = new Money(amount.amount().multiply(RATE).setScale(2, RoundingMode.HALF_UP));
        return fee.compareTo(MIN) < 0 ? MIN : fee.compareTo(MAX) > 0 ? MAX : fee;
    }
}
