package org.ebank.contracts.token;

/**
 * account-service issues every access token (one issuer, one key set for the gateway and the services to trust). These
 * are its internal paths for tokens another service vouches for, under a SERVICE token; never routed by the gateway.
 */
public final class TokenApi {

    /**
     * POST an {@link OperatorTokenRequest} (corporate-service only, once it checked the operator's password and dynamic
     * token code): 200 with an {@link IssuedToken} for the operator, channel CORPORATE_NETBANK.
     */
    public static final String OPERATOR_TOKENS = "/internal/tokens/corporate-operators";

    /** The role every corporate operator's token carries; what they may do is the {@code operatorRole} claim. */
    public static final String OPERATOR_ROLE = "OPERATOR";
    public static final String ENTERPRISE_CLAIM = "enterprise";
    public static final String OPERATOR_ROLE_CLAIM = "operatorRole";
    /** The operator's generation when the token was issued: corporate-service serves it only while it is still theirs. */
    public static final String GENERATION_CLAIM = "generation";

    private TokenApi() {
    }
}
