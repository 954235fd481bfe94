package org.ebank.transfer.fee.domain.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.fee.domain.FeeContext;
import org.ebank.transfer.fee.domain.FeeRule;
import org.ebank.transfer.fee.domain.TransferKind;
import org.ebank.transfer.fee.domain.Waiver;
import org.ebank.transfer.kernel.domain.CardFacts;

/**
 * 易汇通卡: the card's star level discounts interbank transfer fees charged to it, by a share per level
 * (e.g. 1 star 0.5 off, 2 and 3 stars 1 = free). The fee after the discount is rounded half-up to the fen.
 */
public record YihuitongStarInterbank(Map<Integer, BigDecimal> discountByStars) implements FeeRule {

    public static final String NAME = "YIHUITONG_STAR_INTERBANK";

    @Override
    public boolean concerns(CardFacts card) {
        return card.is(CardProduct.YIHUITONG);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Waiver> apply(FeeContext context) {
        BigDecimal discount = discountByStars.get(context.feeCard().starLevel());
        if (!context.isTransfer(TransferKind.INTERBANK) || !context.feeCard().is(CardProduct.YIHUITONG) || discount == null) {
            return Optional.empty();
        }
        Money fee = Money.roundedHalfUp(context.baseFee().amount().multiply(BigDecimal.ONE.subtract(discount)));
        return Optional.of(new Waiver(NAME, fee, null));
    }
}
