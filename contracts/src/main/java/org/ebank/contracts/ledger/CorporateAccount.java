package org.ebank.contracts.ledger;

import java.time.Instant;

/**
 * A corporate settlement account as the ledger holds it: the account number in full (19 digits, no card; only
 * corporate-service and its staff view see it), the balance and what is available after holds.
 */
public record CorporateAccount(String accountId, String enterpriseId, String accountNumber, String region, String balance,
                               String available, Instant openedAt) {
}
