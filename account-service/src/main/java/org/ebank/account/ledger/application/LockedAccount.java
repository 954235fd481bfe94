package org.ebank.account.ledger.application;

import org.ebank.account.ledger.domain.LedgerAccount;

/** An account locked for a posting, with what its events need to say about it. */
public record LockedAccount(LedgerAccount ledger, String customerId, String product, String cardLastFour) {
}
