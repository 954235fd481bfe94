package org.ebank.transfer.fee.domain.rules;

import java.util.Optional;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FeeRule;
import org.ebank.transfer.fee.domain.FreeUses;
import org.ebank.transfer.fee.domain.Operation;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.kernel.domain.CardFacts;

/** 金晖卡: cross-region cash withdrawals free up to the quota. */
public record JinhuiCrossRegionWithdrawal(FreeUses quota) implements FeeRule {

    public static final String NAME = "JINHUI_CROSS_REGION_WITHDRAWAL";

    @Override
    public boolean concerns(CardFacts card) {
        return card.is(CardProduct.JINHUI);
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
        boolean applies = context.operation() == Operation.CASH_WITHDRAWAL && context.kind() == TransferKind.CROSS_REGION
                && context.feeCard().is(CardProduct.JINHUI);
        return applies ? Optional.of(new Waiver(NAME, Money.ZERO, quota)) : Optional.empty();
    }
}
