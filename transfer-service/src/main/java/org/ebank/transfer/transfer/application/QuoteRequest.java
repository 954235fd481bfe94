package org.ebank.transfer.transfer.application;

import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.transfer.domain.QuotePurpose;

/**
 * A customer (or the scheduler, for a run) asking what a transfer would cost. The channel comes from the customer's
 * token. {@code toBankCode} null (or this bank's code) is a payee at this bank, found by {@code toAccountId} when it
 * is known (a scheduled run) and by {@code toAccountNumber} otherwise; {@code feeAccountId} null is the payer.
 */
public record QuoteRequest(String customerId, Channel channel, String fromAccountId, String toAccountId, String toAccountNumber,
                           String toBankCode, String toName, Money amount, String feeAccountId, QuotePurpose purpose) {
}
