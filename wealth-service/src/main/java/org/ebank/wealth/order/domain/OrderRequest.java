package org.ebank.wealth.order.domain;

import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;

/** A customer buying a product from an account, through the channel of their token. */
public record OrderRequest(String customerId, Channel channel, String productCode, String accountId, Money amount,
                           boolean seniorConfirmation) {
}
