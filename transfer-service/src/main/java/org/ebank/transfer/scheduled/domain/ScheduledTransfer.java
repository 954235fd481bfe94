package org.ebank.transfer.scheduled.domain;

import java.time.Instant;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;

/**
 * A customer's standing instruction to transfer at set times; each run is priced and checked at its run time. A payee
 * at this bank is its account ({@code toAccountId}, the number kept as {@code ****} and its last four digits); another
 * bank's account is its bank code and number.
 */
public record ScheduledTransfer(String id, String customerId, Channel channel, String fromAccountId, String toAccountId,
                                String toAccountNumber, String toBankCode, String toName, Money amount, String feeAccountId,
                                Schedule schedule, Instant nextRunAt, String status, Instant createdAt) {
}
