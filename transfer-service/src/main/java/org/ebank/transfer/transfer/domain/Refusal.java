package org.ebank.transfer.transfer.domain;

/** Why a transfer or its quote was refused. Nothing moves when one of these is the answer. */
public enum Refusal {
    /** The payer or fee card is not one of the caller's (or does not exist): reads as "not found". */
    UNKNOWN_ACCOUNT,
    UNKNOWN_PAYEE,
    SAME_ACCOUNT,
    FEE_ACCOUNT_NOT_ALLOWED,
    OVER_SINGLE_LIMIT,
    OVER_DAILY_LIMIT,
    QUOTE_EXPIRED,
    /** A quote for a scheduled transfer sets the schedule up; it is not executed now. */
    QUOTE_FOR_SCHEDULED,
    /** A scheduled transfer is set up from a quote asked for with {@code scheduled: true}. */
    QUOTE_NOT_FOR_SCHEDULE,
    /** The customer cancelled the quote. */
    QUOTE_CANCELLED,
    /** A newer quote of the customer's took the free use this quote's fee relied on. */
    QUOTE_SUPERSEDED,
    /** The quote was confirmed (or set up its schedule): it cannot be cancelled or used again. */
    QUOTE_USED,
    /** Only customers signed in to mobile banking or netbank move money here. */
    CHANNEL_NOT_ALLOWED,
    OTP_REQUIRED,
    OTP_WRONG,
    OTP_EXPIRED,
    OTP_EXHAUSTED,
    INSUFFICIENT_FUNDS,
    /** There is no fee to give back: none was charged, or the transfer did not go through. */
    NOTHING_TO_WAIVE,
    /** An interbank transfer still clearing: a refund now could meet the refund of a return. */
    CLEARING_PENDING
}
