package org.ebank.account.token.adapter;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The local run's staff passwords (README) are accepted under the local profile only; elsewhere account-service will not start. */
class LocalPasswordsTest {

    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder(4);

    @Test
    void aDefaultPasswordOutsideTheLocalProfileStopsTheStartAndOneOfItsOwnDoesNot() {
        var staff01 = new TokenProperties.SystemAccount("staff01", passwords.encode("Staff@2026"), "STAFF");
        var ownPassword = new TokenProperties.SystemAccount("staff01", passwords.encode("a long one of the bank's own"), "STAFF");

        assertThatThrownBy(() -> check(List.of(ownPassword, staff01), "prod")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("staff01").hasMessageContaining("local run");
        assertThatCode(() -> check(List.of(ownPassword), "prod")).doesNotThrowAnyException();
        assertThatCode(() -> check(List.of(staff01), "local")).doesNotThrowAnyException();
    }

    @Test
    void withoutAnyProfileAServiceIsLocalByDefault() {
        var staff01 = new TokenProperties.SystemAccount("staff01", passwords.encode("Staff@2026"), "STAFF");
        MockEnvironment environment = new MockEnvironment();
        environment.setDefaultProfiles("local");
        assertThatCode(() -> new TokenConfiguration().noLocalPasswordsElsewhere(properties(List.of(staff01)), passwords, environment)
                .afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

    private void check(List<TokenProperties.SystemAccount> accounts, String profile) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        new TokenConfiguration().noLocalPasswordsElsewhere(properties(accounts), passwords, environment).afterSingletonsInstantiated();
    }

    private static TokenProperties properties(List<TokenProperties.SystemAccount> accounts) {
        return new TokenProperties(Duration.ofMinutes(15), "ebank", null, accounts);
    }
}
