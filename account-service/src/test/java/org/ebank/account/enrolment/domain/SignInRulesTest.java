package org.ebank.account.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.ebank.account.enrolment.domain.LoginGuard.LoginState;
import org.ebank.contracts.value.Channel;
import org.junit.jupiter.api.Test;

class SignInRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private final LoginGuard guard = new LoginGuard(5, Duration.ofMinutes(30));

    @Test
    void fiveWrongPasswordsInARowLockTheLoginForHalfAnHourAndTheCountStartsAgainAfter() {
        LoginState state = LoginState.CLEAR;
        for (int i = 1; i <= 4; i++) {
            state = guard.afterFailure(state, NOW);
            assertThat(state.failedAttempts()).isEqualTo(i);
            assertThat(guard.isLocked(state, NOW)).isFalse();
        }
        state = guard.afterFailure(state, NOW);
        assertThat(guard.isLocked(state, NOW.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(guard.isLocked(state, NOW.plus(Duration.ofMinutes(30)))).isFalse();

        LoginState afterTheLock = guard.afterFailure(state, NOW.plus(Duration.ofMinutes(31)));
        assertThat(afterTheLock.failedAttempts()).as("a new count after the lock ran out").isEqualTo(1);
        assertThat(afterTheLock.lockedUntil()).isNull();
    }

    @Test
    void aPasswordHasEightToThirtyTwoCharactersWithLettersAndDigits() {
        assertThat(PasswordPolicy.accepts("abc12345")).isTrue();
        assertThat(PasswordPolicy.accepts("abc1234")).isFalse();
        assertThat(PasswordPolicy.accepts("a1".repeat(16))).isTrue();
        assertThat(PasswordPolicy.accepts("a1".repeat(16) + "x")).isFalse();
        assertThat(PasswordPolicy.accepts("abcdefgh")).isFalse();
        assertThat(PasswordPolicy.accepts("12345678")).isFalse();
        assertThat(PasswordPolicy.accepts(null)).isFalse();
    }

    @Test
    void corporateNetbankUsersSignInToTheNetbankChannelAndOnlyTheMobileBankBindsADevice() {
        assertThat(EbankChannel.CORPORATE_NETBANK.tokenChannel()).isEqualTo(Channel.NETBANK);
        assertThat(EbankChannel.CORPORATE_NETBANK.channel()).isEqualTo(Channel.CORPORATE_NETBANK);
        assertThat(EbankChannel.MOBILE.bindsDevice()).isTrue();
        assertThat(EbankChannel.NETBANK.bindsDevice()).isFalse();
    }
}
