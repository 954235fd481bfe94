package org.ebank.contracts.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.Channel;

/**
 * Cash went in or out at an ATM or counter ({@code type} DEPOSIT or WITHDRAWAL, {@code channel} ATM or COUNTER):
 * the transactions of the other channels that the e-channel substitution rate compares against. {@code deviceId}: the
 * ATM (always) or the counter's terminal (when the counter system names one) it was made at.
 */
public record CashOperationRecorded(String operationId, String customerId, String accountId, String type, BigDecimal amount,
                                    BigDecimal fee, Channel channel, String region, Instant at,
                                    @Nullable String deviceId) {
}
