package org.ebank.account.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ebank.account.journey.Bank.Person;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.MutableClock;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Signing in: wrong passwords lock the login for a while; a mobile login from a new device needs the code sent to the
 * phone on record, then the device is bound, and the customer is told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignInIT.Clocks.class)
class SignInIT {

    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, SignInIT.class);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS), PlatformAutoConfiguration.BANK_ZONE);
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    TokenIssuer tokens;
    @Autowired
    MutableClock clock;
    @Autowired
    Topics topics;
    @Autowired
    CloudEventCodec codec;

    private Bank bank;

    @BeforeEach
    void bank() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        bank = new Bank(web, tokens, namespace.bootstrapServers(), topics, codec);
    }

    @Test
    void fiveWrongPasswordsLockTheLoginUntilTheWindowPasses() {
        Person zhao = bank.person();
        bank.enrol(zhao, bank.openCard(zhao, "STANDARD", "0"), "NETBANK", "Right123", null, null).expectStatus().isCreated();

        String unknownPhone = bank.login("13900000000", "Wrong123", "NETBANK", null).expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody();
        for (int i = 1; i <= 4; i++) {
            String wrong = bank.login(zhao.phone(), "Wrong123", "NETBANK", null).expectStatus().isUnauthorized()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(wrong).as("a wrong password reads as an unknown phone: nothing counts down").isEqualTo(unknownPhone);
        }
        bank.login(zhao.phone(), "Wrong123", "NETBANK", null).expectStatus().isEqualTo(423);
        bank.login(zhao.phone(), "Right123", "NETBANK", null).expectStatus().isEqualTo(423)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/login-locked");

        clock.advance(Duration.ofMinutes(29));
        bank.login(zhao.phone(), "Right123", "NETBANK", null).expectStatus().isEqualTo(423);
        clock.advance(Duration.ofMinutes(1));
        bank.login(zhao.phone(), "Right123", "NETBANK", null).expectStatus().isOk();
        for (int i = 1; i <= 4; i++) {
            bank.login(zhao.phone(), "Wrong123", "NETBANK", null).expectStatus().isUnauthorized();
        }
        bank.login(zhao.phone(), "Wrong123", "NETBANK", null).expectStatus().isEqualTo(423);
    }

    @Test
    void aNewDeviceSignsInOnlyWithTheCodeSentToThePhoneIsBoundFromThenAndAnnounced() {
        Person sun = bank.person();
        bank.enrol(sun, bank.openCard(sun, "STANDARD", "0"), "MOBILE", "Right123", "old-phone", null).expectStatus().isCreated();
        bank.login(sun.phone(), "Right123", "MOBILE", "old-phone").expectStatus().isOk();
        bank.login(sun.phone(), "Right123", "MOBILE", null).expectStatus().isBadRequest();
        bank.login(sun.phone(), "Right123", "NETBANK", null).expectStatus().isForbidden();

        JsonNode challenge = bank.login(sun.phone(), "Right123", "MOBILE", "new-phone").expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(challenge.has("accessToken")).as("no token before the code").isFalse();
        assertThat(challenge.get("codeSentTo").asText()).isEqualTo(sun.phone().substring(0, 3) + "****" + sun.phone().substring(7));
        String challengeId = challenge.get("challengeId").asText();
        String code = bank.codeFor(challengeId);
        bank.answerDeviceChallenge(challengeId, Bank.wrong(code)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.remainingTries").isEqualTo(2);
        String token = bank.answerDeviceChallenge(challengeId, code).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("accessToken").asText();
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo(sun.customerId()).jsonPath("$.channel").isEqualTo("MOBILE");
        bank.answerDeviceChallenge(challengeId, code).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/code-closed");
        // bound from now on
        bank.login(sun.phone(), "Right123", "MOBILE", "new-phone").expectStatus().isOk();

        JsonNode third = bank.login(sun.phone(), "Right123", "MOBILE", "third-phone").expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String thirdId = third.get("challengeId").asText();
        String thirdCode = bank.codeFor(thirdId);
        for (int i = 0; i < 3; i++) {
            bank.answerDeviceChallenge(thirdId, Bank.wrong(thirdCode)).expectStatus().isEqualTo(422);
        }
        bank.answerDeviceChallenge(thirdId, thirdCode).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/code-closed");

        var logins = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.CUSTOMER), 3,
                r -> r.key().equals(sun.customerId()) && r.value().contains(AccountTopics.CUSTOMER_LOGGED_IN), Duration.ofSeconds(30));
        assertThat(logins).extracting(r -> codec.read(r.value()).data().get("newDevice").asBoolean())
                .containsExactly(false, true, false);
    }
}
