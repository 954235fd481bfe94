package org.ebank.account.token.application;

import java.util.List;
import java.util.Map;

/** Issues short-lived access tokens: subject, roles, and for customers the channel and device; for operators their enterprise. */
public interface TokenIssuer {

    default AccessToken issue(String subject, List<String> roles, String channel, String device) {
        return issue(subject, roles, channel, device, Map.of());
    }

    /** With claims of the caller's besides (a corporate operator's enterprise and role). */
    AccessToken issue(String subject, List<String> roles, String channel, String device, Map<String, String> claims);

    /** A signed token, and how many seconds it is good for. */
    record AccessToken(String accessToken, long expiresIn) {
    }
}
