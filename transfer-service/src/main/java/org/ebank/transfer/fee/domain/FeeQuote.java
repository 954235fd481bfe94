package org.ebank.transfer.fee.domain;

import org.ebank.contracts.value.Money;

/**
 * The fee a customer will pay: the base fee, the waiver chosen (the cheapest for the customer; none
 * when nothing lowers the fee), and how many free uses of its quota remain after this one.
 */
public record FeeQuote(Money baseFee, Money fee, Waiver waiver, Integer remainingFreeUses) {

    public Money waived() {
        return baseFee.minus(fee);
    }
}
