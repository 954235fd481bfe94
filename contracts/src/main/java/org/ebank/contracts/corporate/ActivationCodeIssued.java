package org.ebank.contracts.corporate;

import java.time.Instant;

/**
 * An operator's activation code, to send by SMS at once to the operator's own phone on record: with it they choose a
 * password and bind their dynamic token. Neither the staff member nor the administrator who enrolled or reset them ever
 * sees it, so nobody can take over a login by starting it over. The code is sealed for notification-service, as in
 * {@code OtpRequested}: no row, event or record holds it in clear.
 */
public record ActivationCodeIssued(String enterpriseId, String operatorId, String role, String sealedCode, Purpose purpose,
                                   Instant expiresAt) {

    public enum Purpose {
        /** A new operator. */
        ENROLMENT,
        /** A login started over (a forgotten password, a lost phone). */
        RESET
    }
}
