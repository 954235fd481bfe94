package org.ebank.transfer.fee.domain;

import java.util.List;
import org.ebank.contracts.value.Money;

/**
 * The base fees before any waiver: same-region transfers are free; cross-region transfers and
 * cross-region cash pay a rate; interbank transfers pay by amount tier, and a rate above the last tier.
 */
public record Tariff(RateFee crossRegion, List<Tier> interbankTiers, RateFee interbankAbove, RateFee crossRegionCash) {

    public Money baseFee(Operation operation, TransferKind kind, Money amount) {
        if (kind == TransferKind.SAME_REGION) {
            return Money.ZERO;
        }
        if (operation.isCash()) {
            return crossRegionCash.of(amount);
        }
        if (kind == TransferKind.CROSS_REGION) {
            return crossRegion.of(amount);
        }
        return interbankTiers.stream().filter(tier -> !amount.isGreaterThan(tier.upTo())).map(Tier::fee).findFirst()
                .orElseGet(() -> interbankAbove.of(amount));
    }

    /** Amounts up to and including {@code upTo} pay {@code fee}. */
    public record Tier(Money upTo, Money fee) {
    }
}
