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
    /** A quote for a scheduled transfer is priced for its runs; only the scheduler executes it. */
    QUOTE_FOR_SCHEDULED,
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
