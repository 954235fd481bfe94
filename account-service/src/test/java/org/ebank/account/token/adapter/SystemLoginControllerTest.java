package org.ebank.account.token.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ebank.account.token.application.StaffAccounts;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.account.token.application.TokenIssuer.AccessToken;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * Staff and channel systems signing in, and the keys that check everyone's tokens, the web layer alone: a token only
 * for the configured account with its password and role, one answer for every wrong guess, and only public keys out.
 */
@WebSlice({SystemLoginController.class, JwksController.class})
class SystemLoginControllerTest {

    private static final PasswordEncoder PASSWORDS = new BCryptPasswordEncoder(4);

    @TestConfiguration
    static class Accounts {

        @Bean
        TokenProperties tokenProperties() {
            return new TokenProperties(Duration.ofMinutes(15), "ebank", null, List.of(
                    new TokenProperties.SystemAccount("ops01", PASSWORDS.encode("Ops-Passw0rd"), "STAFF"),
                    new TokenProperties.SystemAccount("atm-gz-01", PASSWORDS.encode("Atm-Passw0rd"), "CHANNEL")));
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return PASSWORDS;
        }

        @Bean
        TokenKeys tokenKeys() {
            return TokenKeys.from(null);
        }
    }

    @Autowired
    WebTestClient web;

    @MockitoBean
    TokenIssuer issuer;
    @MockitoBean
    StaffAccounts staff;

    @BeforeEach
    void noStaffMemberWithThatPassword() {
        when(staff.signIn(any(), any())).thenReturn(Mono.just(new StaffAccounts.SignIn.Wrong()));
    }

    @Test
    void aStaffMemberGetsATokenWithTheirBranchAndALockedOrWrongLoginNone() {
        when(staff.signIn("staff07", "Right-2026")).thenReturn(Mono.just(new StaffAccounts.SignIn.Known("staff07",
                List.of("STAFF", "BRANCH_MANAGER"), Map.of("branch", "0102"))));
        when(staff.signIn("staff07", "Wrong-2026")).thenReturn(Mono.just(new StaffAccounts.SignIn.Wrong()));
        when(staff.signIn("staff08", "Right-2026")).thenReturn(Mono.just(new StaffAccounts.SignIn.Locked(java.time.Instant.parse("2026-12-01T10:00:00Z"))));
        when(issuer.issue("staff07", List.of("STAFF", "BRANCH_MANAGER"), null, null, Map.of("branch", "0102")))
                .thenReturn(new AccessToken("manager-jwt", 900));

        login("staff07", "Right-2026").expectStatus().isOk().expectBody().jsonPath("$.accessToken").isEqualTo("manager-jwt");
        login("staff07", "Wrong-2026").expectStatus().isUnauthorized();
        login("staff08", "Right-2026").expectStatus().isEqualTo(423)
                .expectBody().jsonPath("$.type").value(type -> org.assertj.core.api.Assertions.assertThat(type.toString()).endsWith("login-locked"));
        verify(issuer, never()).issue(any(), any(), any(), any());
    }

    @Test
    void eachSystemAccountGetsATokenWithItsOwnRole() {
        when(issuer.issue("ops01", List.of("STAFF"), null, null)).thenReturn(new AccessToken("staff-jwt", 900));
        when(issuer.issue("atm-gz-01", List.of("CHANNEL"), null, null)).thenReturn(new AccessToken("atm-jwt", 900));

        login("ops01", "Ops-Passw0rd").expectStatus().isOk().expectBody().jsonPath("$.accessToken").isEqualTo("staff-jwt");
        login("atm-gz-01", "Atm-Passw0rd").expectStatus().isOk().expectBody().jsonPath("$.accessToken").isEqualTo("atm-jwt");
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswerAndNoToken() {
        String wrongPassword = login("ops01", "Atm-Passw0rd").expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        String unknownName = login("ops99", "Ops-Passw0rd").expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody();
        org.assertj.core.api.Assertions.assertThat(unknownName).isEqualTo(wrongPassword);
        login("", "x").expectStatus().isBadRequest();
        verify(issuer, never()).issue(any(), any(), any(), any());
    }

    @Test
    void theKeySetIsPublicAndHoldsNoPrivatePart() {
        web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.keys[0].kty").isEqualTo("RSA")
                .jsonPath("$.keys[0].n").exists()
                .jsonPath("$.keys[0].d").doesNotExist()
                .jsonPath("$.keys[0].p").doesNotExist();
    }

    private WebTestClient.ResponseSpec login(String username, String password) {
        return web.post().uri("/api/v1/auth/staff-login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }
}
