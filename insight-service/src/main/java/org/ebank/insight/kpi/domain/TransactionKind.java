package org.ebank.insight.kpi.domain;

/** What a counted transaction was: the substitution rate counts them all, the wealth share only purchases. */
public enum TransactionKind {
    TRANSFER,
    CASH_DEPOSIT,
    CASH_WITHDRAWAL,
    WEALTH_PURCHASE,
    /** 生活缴费: a bill paid to a biller (water, power, gas, phone). */
    BILL_PAYMENT,
    /** ETC通行费: a month of a vehicle's (or a fleet's) tolls taken from the card bound to it. */
    ETC_TOLL;

    /** A cash operation's kind from its event's type ({@code DEPOSIT} or {@code WITHDRAWAL}). */
    public static TransactionKind cash(String type) {
        return valueOf("CASH_" + type);
    }
}
