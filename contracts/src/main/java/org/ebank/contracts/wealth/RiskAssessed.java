package org.ebank.contracts.wealth;

import java.time.Instant;

/** A customer's risk assessment (风险测评): {@code level} 1-5 for C1-C5, valid until {@code validUntil}. */
public record RiskAssessed(String customerId, int level, Instant validUntil, Instant assessedAt) {
}
