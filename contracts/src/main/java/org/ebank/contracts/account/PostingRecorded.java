package org.ebank.contracts.account;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;

/**
 * A balance change on a customer account (动账): one event per leg. {@code direction} is DEBIT (money
 * out) or CREDIT (money in); {@code counterparty} is already masked by whoever posted. {@code customerId} is the
 * account's owner: a person, or for a {@code CORPORATE} account the enterprise.
 */
public record PostingRecorded(String postingId, String accountId, String customerId, CardProduct product,
                              String cardLastFour, Direction direction, BigDecimal amount, BigDecimal balanceAfter,
                              Channel channel, String kind, @Nullable String counterparty, Instant recordedAt) {
}
