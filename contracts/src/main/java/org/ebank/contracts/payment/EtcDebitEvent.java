package org.ebank.contracts.payment;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/**
 * One card's tolls of a toll operator's monthly statement, and what became of taking them ({@link PaymentTopics}): the
 * {@code tolls} passages of {@code vehicles} vehicles ({@code plate} when one) came to {@code gross}, less the card's
 * discount comes to {@code amount}. Refused on attempt {@code attempt} for {@code reason} (the ledger's, e.g.
 * INSUFFICIENT_FUNDS): tried again at {@code nextAttemptAt} when the card was short of money and retries are left, or
 * not again when that is none (the tolls are left unpaid). {@code month} is the statement's (yyyy-MM); {@code holderId} is the customer's
 * id, or the enterprise's for a corporate settlement account; {@code channel} is where the vehicle was bound.
 */
public record EtcDebitEvent(String debitId, String holderId, String accountId, String statementId, String month, int vehicles,
                            @Nullable String plate, int tolls, BigDecimal gross, BigDecimal discount, BigDecimal amount,
                            Channel channel, String status, int attempt, @Nullable Instant nextAttemptAt, @Nullable String reason,
                            Instant at) {
}
