package org.ebank.transfer.fee.domain.rules;

import org.ebank.contracts.value.CardProduct;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FreeUseRule;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.TransferKind;

/** 乡情卡: scheduled (预约) same-bank cross-region transfers out of the card, fee charged to it, free up to the quota. */
public record XiangqingScheduledCrossRegion(FreeUses quota) implements FreeUseRule {

    public static final String NAME = "XIANGQING_SCHEDULED_CROSS_REGION";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CardProduct product() {
        return CardProduct.XIANGQING;
    }

    @Override
    public boolean covers(FeeContext context) {
        return context.isTransfer(TransferKind.CROSS_REGION) && context.scheduled()
                && context.feeCard().isSameAccount(context.payer());
    }
}
