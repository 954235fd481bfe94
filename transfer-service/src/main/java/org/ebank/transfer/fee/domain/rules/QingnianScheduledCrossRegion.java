package org.ebank.transfer.fee.domain.rules;

import java.util.Optional;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FeeRule;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.kernel.domain.CardFacts;

/**
 * 青年卡: scheduled same-bank cross-region transfers (in-province or cross-province) where the card is payer
 * or payee and the fee is charged to it, free up to the quota.
 */
public record QingnianScheduledCrossRegion(FreeUses quota) implements FeeRule {

    public static final String NAME = "QINGNIAN_SCHEDULED_CROSS_REGION";

    @Override
    public boolean concerns(CardFacts card) {
        return card.is(CardProduct.QINGNIAN);
    }

    @Override
    public Optional<FreeUses> freeUses() {
        return Optional.of(quota);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Waiver> apply(FeeContext context) {
        CardFacts card = context.feeCard();
        boolean applies = context.isTransfer(TransferKind.CROSS_REGION) && context.scheduled() && card.is(CardProduct.QINGNIAN)
                && (card.isSameAccount(context.payer()) || card.isSameAccount(context.payee()));
        return applies ? Optional.of(new Waiver(NAME, Money.ZERO, quota)) : Optional.empty();
    }
}
