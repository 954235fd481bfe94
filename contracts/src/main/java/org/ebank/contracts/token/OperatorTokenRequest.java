package org.ebank.contracts.token;

/** A token for a corporate operator: who, of which enterprise, in which role (ADMIN, MAKER or CHECKER). */
public record OperatorTokenRequest(String operatorId, String enterpriseId, String role) {
}
