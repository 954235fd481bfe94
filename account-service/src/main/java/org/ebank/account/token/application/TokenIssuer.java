package org.ebank.account.token.application;

import java.util.List;

/** Issues short-lived access tokens: subject, roles, and for customers the channel and device. */
public interface TokenIssuer {

    AccessToken issue(String subject, List<String> roles, String channel, String device);

    /** A signed token, and how many seconds it is good for. */
    record AccessToken(String accessToken, long expiresIn) {
    }
}
