package org.ebank.contracts.payment;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/**
 * A bill payment's outcome, each a CloudEvent type of its own ({@link PaymentTopics}): paid, refused by the biller
 * (with its reason, the money released), or failed for want of money on the card (nothing held). The biller's customer number is shown by its last four digits only.
 */
public record BillPaymentEvent(String paymentId, String customerId, String accountId, String billerCode, String billerName,
                               String customerNumberTail, BigDecimal amount, Channel channel, String status,
                               @Nullable String reason, Instant at) {
}
