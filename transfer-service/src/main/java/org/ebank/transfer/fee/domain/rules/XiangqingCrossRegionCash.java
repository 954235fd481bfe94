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

/** 乡情卡: same-bank cross-region cash deposits and withdrawals share one quota of free uses. */
public record XiangqingCrossRegionCash(FreeUses quota) implements FeeRule {

    public static final String NAME = "XIANGQING_CROSS_REGION_CASH";

    @Override
    public boolean concerns(CardFacts card) {
        return card.is(CardProduct.XIANGQING);
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
        boolean applies = context.operation().isCash() && context.kind() == TransferKind.CROSS_REGION
                && context.feeCard().is(CardProduct.XIANGQING);
        return applies ? Optional.of(new Waiver(NAME, Money.ZERO, quota)) : Optional.empty();
    }
}
