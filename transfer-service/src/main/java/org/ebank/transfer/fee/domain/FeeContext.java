package org.ebank.transfer.fee.domain;

import java.time.LocalDate;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.kernel.domain.CardFacts;

/**
 * Everything a fee depends on. {@code payee} is null for interbank transfers and cash; {@code region}
 * of a cash operation is where the cash moved. {@code day} is the business day in Asia/Shanghai.
 */
public record FeeContext(Operation operation, TransferKind kind, Money amount, Money baseFee, CardFacts feeCard,
                         CardFacts payer, CardFacts payee, boolean scheduled, Channel channel, LocalDate day) {

    public boolean isTransfer(TransferKind wanted) {
        return operation == Operation.TRANSFER && kind == wanted;
    }
}
