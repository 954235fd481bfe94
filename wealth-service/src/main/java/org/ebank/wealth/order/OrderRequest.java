package org.ebank.wealth.order;

import java.math.BigDecimal;

/** A customer buying a product from an account, through the channel of their token. */
public record OrderRequest(String customerId, String channel, String productCode, String accountId, BigDecimal amount,
                           boolean seniorConfirmation) {
}
