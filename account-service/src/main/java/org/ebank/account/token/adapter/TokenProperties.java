package org.ebank.account.token.adapter;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * {@code ebank.tokens.*}: token lifetime and signing key. Without {@code private-key} a key is
 * generated at start (fine for one local instance; tokens die with it). Staff and channel systems
 * sign in with the accounts listed here until the bank's identity provider takes over.
 */
@ConfigurationProperties("ebank.tokens")
public record TokenProperties(
        @DefaultValue("15m") Duration accessTokenLifetime,
        @DefaultValue("ebank") String issuer,
        Resource privateKey,
        @DefaultValue List<SystemAccount> systemAccounts) {

    /** A staff member or a channel system (ATM, COUNTER) with a BCrypt password hash. */
    public record SystemAccount(String username, String passwordHash, String role) {
    }
}
