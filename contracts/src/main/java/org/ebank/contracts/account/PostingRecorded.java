package org.ebank.contracts.account;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A balance change on a customer account (动账): one event per leg. {@code direction} is DEBIT (money
 * out) or CREDIT (money in); {@code counterparty} is already masked by whoever posted.
 */
public record PostingRecorded(String postingId, String accountId, String customerId, String product,
                              String cardLastFour, String direction, BigDecimal amount, BigDecimal balanceAfter,
                              String channel, String kind, String counterparty, Instant recordedAt) {
}
