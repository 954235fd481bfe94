package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.value.Channel;

/**
 * A purchase placed (PLACED) or failed (FAILED, with the reason), with its channel for the e-channel
 * share of wealth sales; {@code dailyLiquidity} marks 日日升, whose holdings count as a 易汇通卡's liquid assets.
 */
public record OrderOutcome(String orderId, String customerId, String accountId, String productCode, int riskLevel,
                           BigDecimal amount, Channel channel, boolean dailyLiquidity, boolean nightMarket, String status,
                           String failureReason, Instant at) {
}
