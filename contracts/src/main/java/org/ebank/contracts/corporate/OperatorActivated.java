package org.ebank.contracts.corporate;

import java.time.Instant;

/** An operator chose a password and bound a dynamic token (TOTP): they can sign in from now on. */
public record OperatorActivated(String enterpriseId, String operatorId, String role, Instant activatedAt) {
}
