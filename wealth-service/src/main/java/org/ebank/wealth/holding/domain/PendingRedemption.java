package org.ebank.wealth.holding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.value.Channel;

/** A redemption taken off its holding whose ledger posting has not been settled yet. */
public record PendingRedemption(String id, String holdingId, BigDecimal amount, Channel channel, Instant at) {
}
