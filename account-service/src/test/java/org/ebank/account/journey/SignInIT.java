package org.ebank.account.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ebank.account.journey.Bank.Person;
import org.ebank.account.token.TokenIssuer;
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

/** Signing in: wrong passwords lock the login for a while, and a mobile login from a new device is announced. */
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
        bank = new Bank(web, tokens);
    }

    @Test
    void fiveWrongPasswordsLockTheLoginUntilTheWindowPasses() {
        Person zhao = bank.person();
        bank.enrol(zhao, bank.openCard(zhao, "STANDARD", "0"), "NETBANK", "Right123", null, null).expectStatus().isCreated();

        for (int i = 4; i >= 1; i--) {
            bank.login(zhao.phone(), "Wrong123", "NETBANK", null).expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.remainingAttempts").isEqualTo(i);
        }
        bank.login(zhao.phone(), "Wrong123", "NETBANK", null).expectStatus().isEqualTo(423);
        bank.login(zhao.phone(), "Right123", "NETBANK", null).expectStatus().isEqualTo(423)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/login-locked");

        clock.advance(Duration.ofMinutes(29));
        bank.login(zhao.phone(), "Right123", "NETBANK", null).expectStatus().isEqualTo(423);
        clock.advance(Duration.ofMinutes(1));
        bank.login(zhao.phone(), "Right123", "NETBANK", null).expectStatus().isOk();
        bank.login(zhao.phone(), "Wrong123", "NETBANK", null).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.remainingAttempts").isEqualTo(4);
    }

    @Test
    void aMobileLoginFromANewDeviceIsAnnounced() throws Exception {
        Person sun = bank.person();
        bank.enrol(sun, bank.openCard(sun, "STANDARD", "0"), "MOBILE", "Right123", "old-phone", null).expectStatus().isCreated();
        bank.login(sun.phone(), "Right123", "MOBILE", "old-phone").expectStatus().isOk();
        bank.login(sun.phone(), "Right123", "MOBILE", "new-phone").expectStatus().isOk();
        bank.login(sun.phone(), "Right123", "MOBILE", null).expectStatus().isBadRequest();
        bank.login(sun.phone(), "Right123", "NETBANK", null).expectStatus().isForbidden();

        var logins = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.CUSTOMER), 2,
                r -> r.key().equals(sun.customerId()) && r.value().contains(AccountTopics.CUSTOMER_LOGGED_IN), Duration.ofSeconds(30));
        assertThat(logins).extracting(r -> codec.read(r.value()).data().get("newDevice").asBoolean())
                .containsExactly(false, true);
    }
}
