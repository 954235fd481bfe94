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

/** 乡情卡: scheduled (预约) same-bank cross-region transfers out of the card, fee charged to it, free up to the quota. */
public record XiangqingScheduledCrossRegion(FreeUses quota) implements FeeRule {

    public static final String NAME = "XIANGQING_SCHEDULED_CROSS_REGION";

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
        boolean applies = context.isTransfer(TransferKind.CROSS_REGION) && context.scheduled()
                && context.feeCard().is(CardProduct.XIANGQING) && context.feeCard().isSameAccount(context.payer());
        return applies ? Optional.of(new Waiver(NAME, Money.ZERO, quota)) : Optional.empty();
    }
}
