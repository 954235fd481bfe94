package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.value.Channel;

/**
 * A transfer reached a status (COMPLETED, PENDING_CLEARING, SETTLED, RETURNED or FAILED). The payee's
 * account number is masked ({@code 尾号1234}); {@code failureReason} is set for FAILED.
 */
public record TransferOutcome(String transferId, String customerId, String fromAccountId, String toAccountId,
                              String toAccountMasked, String toName, String toBankCode, BigDecimal amount, BigDecimal fee,
                              String kind, Channel channel, boolean scheduled, String status, String failureReason,
                              Instant at) {
}
