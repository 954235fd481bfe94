package org.ebank.insight.kpi.domain;

/** What a counted transaction was: the substitution rate counts them all, the wealth share only purchases. */
public enum TransactionKind {
    TRANSFER,
    CASH_DEPOSIT,
    CASH_WITHDRAWAL,
    WEALTH_PURCHASE;

    /** A cash operation's kind from its event's type ({@code DEPOSIT} or {@code WITHDRAWAL}). */
    public static TransactionKind cash(String type) {
        return valueOf("CASH_" + type);
    }
}
