package org.ebank.transfer.transfer.application;

import org.ebank.transfer.fee.domain.Money;

/**
 * A customer asking what a transfer would cost. The channel comes from the customer's token.
 * {@code toBankCode} null (or this bank's code) is a payee at this bank; {@code feeAccountId} null is the payer.
 */
public record QuoteRequest(String customerId, String channel, String fromAccountId, String toAccountNumber,
                           String toBankCode, String toName, Money amount, String feeAccountId, boolean scheduled) {
}
