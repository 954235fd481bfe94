package org.ebank.contracts.account;

import java.time.Instant;

/**
 * Staff opened a card account: its product (卡种), home region and, for 青年卡, its family account. The
 * full card number is here so services can resolve a payee's card number; no consumer may log it.
 */
public record AccountOpened(String accountId, String customerId, String product, String region,
                            String cardNumber, String familyAccountId, Instant openedAt) {
}
