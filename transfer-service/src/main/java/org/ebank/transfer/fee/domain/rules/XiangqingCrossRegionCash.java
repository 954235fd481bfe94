package org.ebank.transfer.fee.domain.rules;

import org.ebank.contracts.value.CardProduct;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FreeUseRule;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.TransferKind;

/** 乡情卡: same-bank cross-region cash deposits and withdrawals share one quota of free uses. */
public record XiangqingCrossRegionCash(FreeUses quota) implements FreeUseRule {

    public static final String NAME = "XIANGQING_CROSS_REGION_CASH";

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
        return context.operation().isCash() && context.kind() == TransferKind.CROSS_REGION;
    }
}
