package org.ebank.account.ledger.domain;

/** Where a transaction came from. MOBILE and NETBANK are the e-channels the bank's KPIs count. */
public enum Channel {
    MOBILE,
    NETBANK,
    COUNTER,
    ATM,
    POS,
    /** The bank's own batch work, e.g. periodic fees and maturities. */
    SYSTEM
}
