package org.ebank.contracts.wealth;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Event;
import org.ebank.contracts.value.Channel;

/**
 * A purchase placed ({@link OrderPlaced}, status PLACED) or failed ({@link OrderFailed}, FAILED, with the reason), with
 * its channel for the e-channel share of wealth sales; {@code dailyLiquidity} marks 日日升, whose holdings count as a
 * 易汇通卡's liquid assets.
 */
public sealed interface OrderOutcome extends Event permits OrderPlaced, OrderFailed {

    String orderId();

    String customerId();

    String accountId();

    String productCode();

    int riskLevel();

    BigDecimal amount();

    Channel channel();

    boolean dailyLiquidity();

    boolean nightMarket();

    String status();

    String failureReason();

    Instant at();

    /** The event of an order settled as {@code status} (PLACED or FAILED). */
    static OrderOutcome of(String orderId, String customerId, String accountId, String productCode, int riskLevel,
                           BigDecimal amount, Channel channel, boolean dailyLiquidity, boolean nightMarket, String status,
                           String failureReason, Instant at) {
        return "PLACED".equals(status)
                ? new OrderPlaced(orderId, customerId, accountId, productCode, riskLevel, amount, channel, dailyLiquidity,
                        nightMarket, status, failureReason, at)
                : new OrderFailed(orderId, customerId, accountId, productCode, riskLevel, amount, channel, dailyLiquidity,
                        nightMarket, status, failureReason, at);
    }
}
