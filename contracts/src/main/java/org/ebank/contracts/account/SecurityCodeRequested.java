package org.ebank.contracts.account;

import java.time.Instant;
import org.ebank.contracts.value.Channel;

/**
 * A code to send by SMS at once to the customer's phone on record, proving they hold it: to enrol in e-banking
 * ({@link Purpose#ENROLMENT}) or to sign in to mobile banking from a new device ({@link Purpose#NEW_DEVICE}). The code
 * is sealed for notification-service, as in {@code OtpRequested}: no row or record holds it in clear.
 */
public record SecurityCodeRequested(String challengeId, String customerId, String sealedCode, Purpose purpose, Channel channel,
                                    Instant expiresAt) {

    public enum Purpose {
        ENROLMENT,
        NEW_DEVICE
    }
}
