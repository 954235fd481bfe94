package org.ebank.transfer.fee.domain.rules;

import org.ebank.contracts.value.CardProduct;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FreeUseRule;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.TransferKind;

/** 金晖卡: cross-region cash withdrawals free up to the quota. */
public record JinhuiCrossRegionWithdrawal(FreeUses quota) implements FreeUseRule {

    public static final String NAME = "JINHUI_CROSS_REGION_WITHDRAWAL";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CardProduct product() {
        return CardProduct.JINHUI;
    }

    @Override
    public boolean covers(FeeContext context) {
        return context.operation() == Operation.CASH_WITHDRAWAL && context.kind() == TransferKind.CROSS_REGION;
    }
}
