package org.ebank.contracts.account;

import java.time.Instant;
import org.ebank.contracts.Nullable;
import org.ebank.contracts.value.CardProduct;

/**
 * Staff opened a card account: its product (卡种), home region and, for 青年卡, its family account. The card number is
 * not here: its last four digits are, for display, and a keyed hash of it (HMAC-SHA256 under the bank's card lookup
 * key), so services find a payee's card by the number a customer types without ever holding card numbers. A corporate
 * settlement account (product {@code CORPORATE}) is announced the same way: {@code customerId} is then the enterprise's
 * id, and the "card" its account number. {@code branchCode} is the branch that opened it (none for accounts opened before
 * branches were recorded).
 */
public record AccountOpened(String accountId, String customerId, CardProduct product, String region, String cardLastFour,
                            String cardNumberHash, @Nullable String familyAccountId, Instant openedAt,
                            @Nullable String branchCode) {
}
