package org.ebank.account.enrolment.adapter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import org.ebank.account.enrolment.application.Enrol;
import org.ebank.account.enrolment.application.EnrolCommand;
import org.ebank.account.enrolment.application.EnrolmentOutcome;
import org.ebank.account.enrolment.application.LogIn;
import org.ebank.account.enrolment.application.LoginCommand;
import org.ebank.account.enrolment.application.LoginOutcome;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.ebank.account.token.application.TokenIssuer.AccessToken;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * Enrolling and signing in, the web layer alone: open without a token, the phone shown masked, and each refusal a
 * problem that tells the customer what to do without telling a stranger which half was wrong.
 */
@WebSlice(EnrolmentController.class)
class EnrolmentControllerTest {

    private static final String CARD = "6217000000000000001";
    private static final Instant EXPIRY = Instant.parse("2026-11-30T04:05:00Z");

    @Autowired
    WebTestClient web;

    @MockitoBean
    Enrol enrol;

    @MockitoBean
    LogIn logIn;

    @Test
    void anEnrolmentSendsACodeAndShowsThePhoneMasked() {
        when(enrol.start(new EnrolCommand(CARD, "13800138000", EbankChannel.MOBILE, "dev-1", "S001")))
                .thenReturn(Mono.just(new EnrolmentOutcome.CodeSent("enr_1", EXPIRY)));

        post("/api/v1/enrolments", Map.of("cardNumber", CARD, "phone", "13800138000", "channel", "MOBILE",
                "deviceId", "dev-1", "referrerCode", "S001"))
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.enrolmentId").isEqualTo("enr_1").jsonPath("$.codeSentTo").isEqualTo("138****8000");
    }

    @Test
    void malformedEnrolmentsNeverReachTheBank() {
        post("/api/v1/enrolments", Map.of("cardNumber", "6217", "phone", "13800138000", "channel", "NETBANK"))
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post("/api/v1/enrolments", Map.of("cardNumber", CARD, "phone", "23800138000", "channel", "NETBANK"))
                .expectStatus().isBadRequest();
        post("/api/v1/enrolments", Map.of("cardNumber", CARD, "phone", "13800138000", "channel", "MOBILE"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("deviceId");
        // corporate netbank is the enterprises' own (corporate-service): a person's card does not enrol in it
        post("/api/v1/enrolments", Map.of("cardNumber", CARD, "phone", "13800138000", "channel", "CORPORATE_NETBANK"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("channel");
        post("/api/v1/enrolments", Map.of("cardNumber", CARD, "phone", "13800138000", "channel", "TELLER"))
                .expectStatus().isBadRequest();
        verify(enrol, never()).start(any());

        post("/api/v1/enrolments/enr_1/confirmation", Map.of("code", "123456", "password", "password"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        post("/api/v1/enrolments/enr_1/confirmation", Map.of("code", "12345", "password", "Passw0rd2026"))
                .expectStatus().isBadRequest();
        verify(enrol, never()).confirm(anyString(), anyString(), anyString());
    }

    @Test
    void aConfirmationEnrolsOrSaysHowManyTriesAreLeft() {
        when(enrol.confirm("enr_1", "123456", "Passw0rd2026")).thenReturn(Mono.just(new EnrolmentOutcome.Enrolled("cus-1")));
        post("/api/v1/enrolments/enr_1/confirmation", Map.of("code", "123456", "password", "Passw0rd2026"))
                .expectStatus().isCreated().expectBody().jsonPath("$.customerId").isEqualTo("cus-1");

        when(enrol.confirm("enr_2", "654321", "Passw0rd2026")).thenReturn(Mono.just(new EnrolmentOutcome.Refused(2)));
        post("/api/v1/enrolments/enr_2/confirmation", Map.of("code", "654321", "password", "Passw0rd2026"))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/code-wrong")
                .jsonPath("$.remainingTries").isEqualTo(2);

        when(enrol.confirm("enr_3", "654321", "Passw0rd2026")).thenReturn(Mono.just(new EnrolmentOutcome.PhoneTaken()));
        post("/api/v1/enrolments/enr_3/confirmation", Map.of("code", "654321", "password", "Passw0rd2026"))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/enrolment-details-mismatch");
    }

    @Test
    void aSignInFromANewDeviceAsksForTheCodeFirst() {
        when(logIn.logIn(new LoginCommand("13800138000", "Passw0rd2026", EbankChannel.MOBILE, "dev-2")))
                .thenReturn(Mono.just(new LoginOutcome.DeviceChallenge("chl_1", EXPIRY)));
        post("/api/v1/auth/login", Map.of("phone", "13800138000", "password", "Passw0rd2026", "channel", "MOBILE",
                "deviceId", "dev-2"))
                .expectStatus().isAccepted().expectBody()
                .jsonPath("$.challengeId").isEqualTo("chl_1").jsonPath("$.codeSentTo").isEqualTo("138****8000")
                .jsonPath("$.accessToken").doesNotExist();

        when(logIn.answerDeviceChallenge("chl_1", "123456"))
                .thenReturn(Mono.just(new LoginOutcome.LoggedIn(new AccessToken("jwt", 900), true)));
        post("/api/v1/auth/device-challenges/chl_1", Map.of("code", "123456"))
                .expectStatus().isOk().expectBody().jsonPath("$.accessToken").isEqualTo("jwt").jsonPath("$.expiresIn").isEqualTo(900);
    }

    @Test
    void aWrongPasswordReadsLikeAnUnknownPhoneAndALockSaysUntilWhen() {
        when(logIn.logIn(any())).thenReturn(Mono.just(new LoginOutcome.WrongCredentials()));
        post("/api/v1/auth/login", Map.of("phone", "13800138000", "password", "nope", "channel", "NETBANK"))
                .expectStatus().isUnauthorized().expectBody()
                .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/login-failed")
                .jsonPath("$.remainingTries").doesNotExist();

        when(logIn.logIn(any())).thenReturn(Mono.just(new LoginOutcome.Locked(EXPIRY)));
        post("/api/v1/auth/login", Map.of("phone", "13800138000", "password", "nope", "channel", "NETBANK"))
                .expectStatus().isEqualTo(423).expectBody().jsonPath("$.lockedUntil").isEqualTo(EXPIRY.toString());

        post("/api/v1/auth/login", Map.of("phone", "13800138000", "password", "Passw0rd2026", "channel", "MOBILE"))
                .expectStatus().isBadRequest();
        verify(logIn, never()).logIn(eq(new LoginCommand("13800138000", "Passw0rd2026", EbankChannel.MOBILE, null)));
    }

    private WebTestClient.ResponseSpec post(String path, Map<String, Object> body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
