package org.ebank.contracts.account;

import java.time.Instant;

/**
 * A staff member's activation code, to send at once by SMS to their own phone: with it they choose their password. The
 * administrator who enrolled or reset them never sees it. Sealed for notification-service as in {@code OtpRequested}:
 * no row, event or record holds it in clear.
 */
public record StaffActivationCodeIssued(String staffCode, String sealedCode, boolean reset, Instant expiresAt) {
}
