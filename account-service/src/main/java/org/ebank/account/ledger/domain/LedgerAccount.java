package org.ebank.account.ledger.domain;

import org.ebank.contracts.value.Money;

/**
 * An account as the ledger sees it while a posting holds its lock: balance, and the part of it held
 * for flows that settle later. Internal accounts keep no running balance: theirs is the sum of their
 * entries, so the many postings that credit fee income never queue on one row.
 */
public record LedgerAccount(String id, AccountKind kind, Money balance, Money held) {

    public Money available() {
        return balance.minus(held);
    }

    public LedgerAccount withBalance(Money newBalance) {
        return new LedgerAccount(id, kind, newBalance, held);
    }

    public boolean isInternal() {
        return kind == AccountKind.INTERNAL;
    }
}
