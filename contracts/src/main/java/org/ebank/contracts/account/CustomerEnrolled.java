package org.ebank.contracts.account;

import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/**
 * A customer enrolled in an e-banking service: {@code channel} is MOBILE, NETBANK or
 * CORPORATE_NETBANK; {@code referrerCode} is the staff member who invited them, for the incentive scheme.
 */
public record CustomerEnrolled(String customerId, Channel channel, @Nullable String referrerCode, Instant enrolledAt) {
}
