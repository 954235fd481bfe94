package org.ebank.account.card.application;

import java.time.Instant;
import org.ebank.account.card.domain.CardNumber;
import org.ebank.account.card.domain.Region;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Money;

/** A customer's card account as staff and the customer see it. */
public record CardAccount(String id, String customerId, CardNumber cardNumber, CardProduct product, Region region,
                          String familyAccountId, Money balance, Money available, Integer starLevel, Instant openedAt) {
}
