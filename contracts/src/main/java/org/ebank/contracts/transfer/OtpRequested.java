package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A one-time password to send by SMS at once. The code travels only here, to notification-service;
 * nobody stores it in plain text or logs it.
 */
public record OtpRequested(String quoteId, String customerId, String code, BigDecimal amount, String toAccountMasked,
                           Instant expiresAt) {

    @Override
    public String toString() {
        return "OtpRequested[quoteId=" + quoteId + ", customerId=" + customerId + ", code=******]";
    }
}
