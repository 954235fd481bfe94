package org.ebank.account.ledger.domain;

/** Customers' accounts may never go below zero; the bank's internal accounts (fee income, clearing, cash) may. */
public enum AccountKind {
    CUSTOMER,
    INTERNAL
}
