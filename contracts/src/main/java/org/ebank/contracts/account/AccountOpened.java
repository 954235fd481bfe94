package org.ebank.contracts.account;

import java.time.Instant;

/** Staff opened a card account: its product (卡种), home region and, for 青年卡, its family account. */
public record AccountOpened(String accountId, String customerId, String product, String region,
                            String cardLastFour, String familyAccountId, Instant openedAt) {
}
