package org.ebank.transfer.fee.domain.rules;

import org.ebank.contracts.value.CardProduct;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FreeUseRule;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.kernel.domain.CardFacts;

/**
 * 青年卡: scheduled same-bank cross-region transfers (in-province or cross-province) where the card is payer
 * or payee and the fee is charged to it, free up to the quota.
 */
public record QingnianScheduledCrossRegion(FreeUses quota) implements FreeUseRule {

    public static final String NAME = "QINGNIAN_SCHEDULED_CROSS_REGION";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CardProduct product() {
        return CardProduct.QINGNIAN;
    }

    @Override
    public boolean covers(FeeContext context) {
        CardFacts card = context.feeCard();
        return context.isTransfer(TransferKind.CROSS_REGION) && context.scheduled()
                && (card.isSameAccount(context.payer()) || card.isSameAccount(context.payee()));
    }
}
