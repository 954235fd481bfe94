package org.ebank.payment.etc.domain;

/** Where taking a card's tolls of a month stands. */
public enum EtcDebitStatus {
    /** To be taken (again) from {@code nextAttemptAt}, or being taken. */
    DUE,
    /** Taken. */
    PAID,
    /** Refused for want of money on every attempt: left unpaid, for the toll operator and the bank to pursue. */
    UNPAID
}
