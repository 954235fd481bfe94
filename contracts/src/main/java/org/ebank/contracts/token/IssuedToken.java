package org.ebank.contracts.token;

/** A signed access token, and how many seconds it is good for. */
public record IssuedToken(String accessToken, long expiresIn) {

    @Override
    public String toString() {
        return "IssuedToken[****, expiresIn=" + expiresIn + "]";
    }
}
