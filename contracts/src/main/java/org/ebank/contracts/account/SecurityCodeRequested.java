package org.ebank.contracts.account;

import java.time.Instant;

/**
 * A code to send by SMS at once to the customer's phone on record, proving they hold it: to enrol in e-banking
 * ({@code purpose} {@code ENROLMENT}) or to sign in to mobile banking from a new device ({@code NEW_DEVICE}). The code
 * is sealed for notification-service, as in {@code OtpRequested}: no row or record holds it in clear.
 */
public record SecurityCodeRequested(String challengeId, String customerId, String sealedCode, String purpose, String channel,
                                    Instant expiresAt) {
}
