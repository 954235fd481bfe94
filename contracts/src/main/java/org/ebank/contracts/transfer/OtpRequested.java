package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A one-time password to send by SMS at once, for a transfer or for setting up a scheduled transfer ({@code purpose}
 * TRANSFER or SCHEDULE: the text must say which). The code is sealed for notification-service, the only reader that can
 * open it (RSA-OAEP under its published key, {@code <key id>.<ciphertext>}): this event, its outbox row and the topic
 * never hold the code in clear.
 */
public record OtpRequested(String quoteId, String customerId, String sealedCode, BigDecimal amount, String toAccountMasked,
                           Instant expiresAt, String purpose) {
}
