package org.ebank.contracts.account;

import java.time.Instant;
import org.ebank.contracts.Nullable;

/**
 * A 易汇通卡's effective star level (0-3) changed: {@code source} COMPUTED from liquid assets, or STAFF
 * when set by hand (with the staff member and reason).
 */
public record StarLevelChanged(String accountId, String customerId, @Nullable Integer oldLevel, int newLevel, String source,
                               @Nullable String staffId, @Nullable String reason, Instant changedAt) {
}
