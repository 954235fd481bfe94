package org.ebank.account.fees.domain;

import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;

/**
 * The periodic account fees: an annual card fee (年费), and a small-account management fee (小额账户管理费)
 * per quarter when the quarter's average daily balance is below the threshold. 乡情卡, 青年卡 and 金晖卡
 * pay neither.
 */
public record AccountFeeSchedule(Money annualFee, Money smallAccountFee, Money smallAccountThreshold) {

    public boolean annualFeeDue(CardProduct product) {
        return !product.waivesAccountFees();
    }

    public boolean smallAccountFeeDue(CardProduct product, Money averageDailyBalance) {
        return !product.waivesAccountFees() && averageDailyBalance.isLessThan(smallAccountThreshold);
    }
}
