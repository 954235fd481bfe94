package org.ebank.contracts.ledger;

/**
 * Open an enterprise's corporate settlement account (单位结算账户) on the ledger. The id is the caller's, made from its
 * own idempotency key, so a retry opens nothing more; the opening deposit is cash paid in at the counter. {@code branchCode}:
 * the branch of the staff member who opened it, which the account belongs to (null: none known).
 */
public record CorporateAccountRequest(String accountId, String enterpriseId, String region, String initialDeposit,
                                      String branchCode) {
}
