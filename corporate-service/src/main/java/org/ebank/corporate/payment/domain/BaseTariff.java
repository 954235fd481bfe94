package org.ebank.corporate.payment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ebank.contracts.value.Money;

/**
 * The bank's base tariff, which corporate payments pay (no card, so no card product's waivers): a same-bank payment in
 * the payer's region is free; across regions 0.5 % of the amount, at least 2.00 and at most 50.00, rounded half up to
 * the fen. To another bank by the amount's tier: up to 10,000.00 5.00, up to 100,000.00 10.00, up to 500,000.00 15.00, up to
 * 1,000,000.00 20.00, above that 0.002 % at most 200.00. Paying out a payroll batch costs nothing <em>(default)</em>.
 */
public final class BaseTariff {

    private static final BigDecimal RATE = new BigDecimal("0.005");
    private static final Money MIN = Money.of("2.00");
    private static final Money MAX = Money.of("50.00");
    /** Up to each amount, the interbank fee. */
    private static final List<Money[]> INTERBANK_TIERS = List.of(
            new Money[] {Money.of("10000.00"), Money.of("5.00")},
            new Money[] {Money.of("100000.00"), Money.of("10.00")},
            new Money[] {Money.of("500000.00"), Money.of("15.00")},
            new Money[] {Money.of("1000000.00"), Money.of("20.00")});
    private static final BigDecimal INTERBANK_RATE_ABOVE = new BigDecimal("0.00002");
    private static final Money INTERBANK_MAX = Money.of("200.00");

    private BaseTariff() {
    }

    public static Money fee(PaymentKind kind, Money amount) {
        if (kind == PaymentKind.SAME_BANK_SAME_REGION || kind == PaymentKind.PAYROLL) {
            return Money.ZERO;
        }
        if (kind == PaymentKind.INTERBANK) {
            for (Money[] tier : INTERBANK_TIERS) {
                if (amount.compareTo(tier[0]) <= 0) {
                    return tier[1];
                }
            }
            Money fee = new Money(amount.amount().multiply(INTERBANK_RATE_ABOVE).setScale(2, RoundingMode.HALF_UP));
            return fee.compareTo(INTERBANK_MAX) > 0 ? INTERBANK_MAX : fee;
        }
        Money fee = new Money(amount.amount().multiply(RATE).setScale(2, RoundingMode.HALF_UP));
        return fee.compareTo(MIN) < 0 ? MIN : fee.compareTo(MAX) > 0 ? MAX : fee;
    }
}
