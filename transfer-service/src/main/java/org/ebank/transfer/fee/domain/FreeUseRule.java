package org.ebank.transfer.fee.domain;

import java.util.Optional;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.kernel.domain.CardFacts;

/**
 * A card product's benefit of free uses (e.g. 乡情卡's 12 free scheduled cross-region transfers a year): when the fee
 * card is of the product and the operation is one the benefit covers, the whole fee is waived, up to the quota.
 */
public interface FreeUseRule extends FeeRule {

    /** The card product whose benefit this is. */
    CardProduct product();

    FreeUses quota();

    /** Whether the benefit covers this operation, the fee card being of the product. */
    boolean covers(FeeContext context);

    @Override
    default boolean concerns(CardFacts card) {
        return card.is(product());
    }

    @Override
    default Optional<FreeUses> freeUses() {
        return Optional.of(quota());
    }

    @Override
    default Optional<Waiver> apply(FeeContext context) {
        return context.feeCard().is(product()) && covers(context) ? Optional.of(new Waiver(name(), Money.ZERO, quota()))
                : Optional.empty();
    }
}
