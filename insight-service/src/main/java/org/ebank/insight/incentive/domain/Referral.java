package org.ebank.insight.incentive.domain;

import java.time.Instant;
import org.ebank.contracts.value.Channel;

/**
 * A customer a staff member brought to an e-banking service (their referrer code was the staff member's when the customer
 * enrolled), who then used it within 30 days: what earns the staff member an incentive, in the month of {@code activatedAt}.
 */
public record Referral(String staffCode, String customerId, Channel service, Instant enrolledAt, Instant activatedAt) {
}
