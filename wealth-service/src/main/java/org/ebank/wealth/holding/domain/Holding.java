package org.ebank.wealth.holding.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A customer's position in a product: principal, what is left of it, and (fixed term) when it matures. */
public record Holding(String id, String customerId, String productCode, String accountId, BigDecimal principal,
                      BigDecimal remaining, LocalDate maturityDate, String status, Integer termDays, BigDecimal expectedYield) {

    public boolean isDailyLiquidity() {
        return maturityDate == null;
    }

    /** Simple interest over the term at the expected annual yield, rounded half-up to the fen. */
    public BigDecimal yieldAtMaturity() {
        if (termDays == null || expectedYield == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return principal.multiply(expectedYield).multiply(BigDecimal.valueOf(termDays))
                .divide(BigDecimal.valueOf(365), 2, RoundingMode.HALF_UP);
    }
}
