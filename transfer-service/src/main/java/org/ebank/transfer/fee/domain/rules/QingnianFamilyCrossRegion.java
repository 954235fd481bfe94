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
 * 青年卡: same-bank cross-region transfers between the card and its linked family account (亲情账户), in
 * either direction, fee charged to the 青年卡, free up to the quota.
 */
public record QingnianFamilyCrossRegion(FreeUses quota) implements FeeRule {

    public static final String NAME = "QINGNIAN_FAMILY_CROSS_REGION";

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
        if (!context.isTransfer(TransferKind.CROSS_REGION) || !card.is(CardProduct.QINGNIAN) || card.familyAccountId() == null
                || context.payee() == null) {
            return Optional.empty();
        }
        boolean toFamily = card.isSameAccount(context.payer()) && card.familyAccountId().equals(context.payee().accountId());
        boolean fromFamily = card.isSameAccount(context.payee()) && card.familyAccountId().equals(context.payer().accountId());
        return toFamily || fromFamily ? Optional.of(new Waiver(NAME, Money.ZERO, quota)) : Optional.empty();
    }
}
