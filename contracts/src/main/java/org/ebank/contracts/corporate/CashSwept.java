package org.ebank.contracts.corporate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A business day's sweep (资金归集) of what a member account held above its kept minimum, to the pool's master account. */
public record CashSwept(String poolId, String enterpriseId, String fromAccountId, String masterAccountId, BigDecimal amount,
                        LocalDate businessDay, Instant at) {
}
