package org.ebank.transfer.fee.domain.rules;

import org.ebank.contracts.value.CardProduct;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FreeUseRule;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.kernel.domain.CardFacts;

/**
 * 青年卡: same-bank cross-region transfers between the card and its linked family account (亲情账户), in
 * either direction, fee charged to the 青年卡, free up to the quota.
 */
public record QingnianFamilyCrossRegion(FreeUses quota) implements FreeUseRule {

    public static final String NAME = "QINGNIAN_FAMILY_CROSS_REGION";

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
        if (!context.isTransfer(TransferKind.CROSS_REGION) || card.familyAccountId() == null || context.payee() == null) {
            return false;
        }
        boolean toFamily = card.isSameAccount(context.payer()) && card.familyAccountId().equals(context.payee().accountId());
        boolean fromFamily = card.isSameAccount(context.payee()) && card.familyAccountId().equals(context.payer().accountId());
        return toFamily || fromFamily;
    }
}
