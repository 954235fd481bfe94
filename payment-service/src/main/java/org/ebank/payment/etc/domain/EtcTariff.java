package org.ebank.payment.etc.domain;

import java.math.BigDecimal;
import java.util.Set;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;

/**
 * What a toll costs the card that pays it: the toll, or for the products that earn it the discounted toll (通行费9.5折 for
 * 易汇通卡 and 乡情卡). Each passage's discount is rounded to the fen on its own, half up (a tie is the customer's), so
 * the statement's lines add up to its total.
 */
public record EtcTariff(BigDecimal rate, Set<CardProduct> discounted) {

    public EtcTariff {
        if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a discount rate is above 0 and at most 1, not " + rate);
        }
        discounted = Set.copyOf(discounted);
    }

    public static EtcTariff standard() {
        return new EtcTariff(new BigDecimal("0.95"), Set.of(CardProduct.YIHUITONG, CardProduct.XIANGQING));
    }

    public boolean discounts(CardProduct product) {
        return discounted.contains(product);
    }

    /** What the card pays for a toll of {@code toll}. */
    public Money charge(CardProduct product, Money toll) {
        return discounts(product) ? toll.minus(Money.roundedHalfUp(toll.amount().multiply(BigDecimal.ONE.subtract(rate)))) : toll;
    }
}
