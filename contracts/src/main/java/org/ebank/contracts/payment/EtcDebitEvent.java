package org.ebank.contracts.payment;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/**
 * One card's tolls of a toll operator's monthly statement, and what became of taking them ({@link PaymentTopics}): the
 * {@code tolls} passages of {@code vehicles} vehicles ({@code plate} when one) came to {@code gross}, less the card's
 * discount comes to {@code amount}. Refused for want of money on attempt {@code attempt}: tried again at
 * {@code nextAttemptAt}, or, when that is none, not again (the tolls are left unpaid). {@code month} is the statement's (yyyy-MM); {@code holderId} is the customer's
 * id, or the enterprise's for a corporate settlement account; {@code channel} is where the vehicle was bound.
 */
public record EtcDebitEvent(String debitId, String holderId, String accountId, String statementId, String month, int vehicles,
                            @Nullable String plate, int tolls, BigDecimal gross, BigDecimal discount, BigDecimal amount,
                            Channel channel, String status, int attempt, @Nullable Instant nextAttemptAt, Instant at) {
}
