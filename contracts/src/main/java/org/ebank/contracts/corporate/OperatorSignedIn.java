package org.ebank.contracts.corporate;

import java.time.Instant;

/** An operator signed in to corporate netbank with password and dynamic token code. */
public record OperatorSignedIn(String enterpriseId, String operatorId, String role, Instant signedInAt) {
}
