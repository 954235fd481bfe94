package org.ebank.account.fees.domain;

/** The periodic fees the end-of-day batch charges. */
public enum FeeKind {
    /** 年费, once per calendar year. */
    ANNUAL_FEE,
    /** 小额账户管理费, once per calendar quarter. */
    SMALL_ACCOUNT_FEE
}
