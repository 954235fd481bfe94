package org.ebank.contracts.corporate;

import java.math.BigDecimal;
import java.time.Instant;
import org.ebank.contracts.Nullable;

/**
 * A payroll or pension batch (代发) paid out after its payment was approved and its total moved to the disbursement
 * account: {@code paidRows} rows posted to their payees, {@code failedRows} refused by the ledger and their money
 * ({@code returned}) credited back to {@code fromAccountId}. Rows found invalid at upload were never paid for.
 * {@code makerId} uploaded the batch and is told the outcome.
 */
public record PayrollDisbursed(String batchId, String paymentId, String enterpriseId, String fromAccountId, String purpose,
                               int paidRows, BigDecimal paid, int failedRows, BigDecimal returned, Instant at,
                               @Nullable String makerId) {
}
