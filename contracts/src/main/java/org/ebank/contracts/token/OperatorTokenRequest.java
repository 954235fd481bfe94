package org.ebank.contracts.token;

/**
 * A token for a corporate operator: who, of which enterprise, in which role (ADMIN, MAKER or CHECKER), and in which of
 * their generations (how many times they were started over), so that a reset ends every token issued before it. A
 * request without a generation (a corporate-service of before generations, during an upgrade) asks for the first.
 */
public record OperatorTokenRequest(String operatorId, String enterpriseId, String role, Long generation) {

    public OperatorTokenRequest {
        generation = generation == null ? 0L : generation;
    }
}
