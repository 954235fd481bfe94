package org.ebank.account.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A customer's way in: staff open a card, the customer enrols, signs in, and sees only their own money. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CustomerJourneyIT.Clocks.class)
class CustomerJourneyIT {

    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, CustomerJourneyIT.class);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), PlatformAutoConfiguration.BANK_ZONE);
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
    void staffOpenCardsWithValidNumbersAndOnlyAQingnianCardLinksAFamilyAccount() {
        Person zhang = bank.person();
        JsonNode standard = bank.open(zhang.customerId(), "STANDARD", "440100", null, "1000.00").expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String card = standard.get("cardNumber").asText();
        assertThat(card).hasSize(19).startsWith("621700");
        assertThat(luhnValid(card)).isTrue();
        assertThat(standard.get("balance").asText()).isEqualTo("1000.00");

        bank.open(zhang.customerId(), "QINGNIAN", "440100", standard.get("accountId").asText(), "0").expectStatus().isCreated()
                .expectBody().jsonPath("$.familyAccountId").isEqualTo(standard.get("accountId").asText());
        bank.open(zhang.customerId(), "STANDARD", "440100", standard.get("accountId").asText(), "0").expectStatus().isBadRequest();
        bank.open(zhang.customerId(), "QINGNIAN", "440100", "acc_nobody", "0").expectStatus().isEqualTo(422);
        bank.open("cus_nobody", "STANDARD", "440100", null, "0").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/unknown-customer");
        bank.open(zhang.customerId(), "STANDARD", "44010", null, "0").expectStatus().isBadRequest();
        bank.open(zhang.customerId(), "GOLD", "440100", null, "0").expectStatus().isBadRequest();
    }

    @Test
    void aCardHolderEnrolsSignsInAndSeesTheirAccountsMasked() throws Exception {
        Person li = bank.person();
        String card = bank.openCard(li, "JINHUI", "500.00");

        bank.enrol(li, card, "MOBILE", "Passw0rd!", "phone-1", "STAFF007").expectStatus().isCreated();
        bank.enrol(li, card, "MOBILE", "Passw0rd!", "phone-1", null).expectStatus().isEqualTo(409);
        bank.enrol(li, card, "NETBANK", "Another1", null, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/code-wrong");
        bank.enrol(li, card, "NETBANK", "Passw0rd!", null, null).expectStatus().isCreated();

        String token = bank.login(li.phone(), "Passw0rd!", "MOBILE", "phone-1").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("accessToken").asText();
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.customerId").isEqualTo(li.customerId())
                .jsonPath("$.channel").isEqualTo("MOBILE")
                .jsonPath("$.phone").isEqualTo(li.phone().substring(0, 3) + "****" + li.phone().substring(7))
                .jsonPath("$.enrolments.length()").isEqualTo(2);
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].cardNumber").isEqualTo("6217 **** **** ***" + card.substring(15))
                .jsonPath("$.items[0].product").isEqualTo("JINHUI")
                .jsonPath("$.items[0].balance").isEqualTo("500.00")
                .jsonPath("$.items[0].available").isEqualTo("500.00");

        var enrolled = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.CUSTOMER), 2,
                r -> r.key().equals(li.customerId()) && r.value().contains(AccountTopics.CUSTOMER_ENROLLED), Duration.ofSeconds(30));
        assertThat(enrolled).hasSize(2);
        assertThat(codec.read(enrolled.get(0).value()).data().get("referrerCode").asText()).isEqualTo("STAFF007");
    }

    @Test
    void enrolmentRefusesAMismatchedPhoneAndAWeakPassword() {
        Person wang = bank.person();
        String card = bank.openCard(wang, "STANDARD", "0");
        bank.start(new Person(wang.customerId(), "13999999999"), card, "NETBANK", null, null).expectStatus().isEqualTo(422);
        bank.enrol(wang, card, "NETBANK", "password", null, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        bank.start(wang, card, "MOBILE", null, null).expectStatus().isBadRequest();
        bank.start(wang, "6217000000000000000", "NETBANK", null, null).expectStatus().isEqualTo(422);
    }

    @Test
    void enrolmentNeedsThePhoneIsNoPasswordOracleAndItsWrongPasswordsCountTowardTheLockout() {
        Person zhao = bank.person();
        String card = bank.openCard(zhao, "STANDARD", "0");
        bank.enrol(zhao, card, "NETBANK", "Passw0rd!", null, null).expectStatus().isCreated();

        // someone who knows the card and the phone number, but does not hold the phone
        String enrolment = startedEnrolment(zhao, card, "MOBILE");
        for (int left = 2; left >= 1; left--) {
            bank.confirm(enrolment, "123456", "Passw0rd!").expectStatus().isEqualTo(422).expectBody()
                    .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/code-wrong").jsonPath("$.remainingTries").isEqualTo(left);
        }
        bank.confirm(enrolment, "123456", "Passw0rd!").expectStatus().isEqualTo(422);
        bank.confirm(enrolment, bank.codeFor(enrolment), "Passw0rd!").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/code-closed");

        // whoever holds the phone: a wrong password reads as a wrong code, and counts toward the lockout as at sign-in
        bank.login(zhao.phone(), "Wrong1234", "NETBANK", null).expectStatus().isUnauthorized();
        enrolment = startedEnrolment(zhao, card, "MOBILE");
        String code = bank.codeFor(enrolment);
        bank.confirm(enrolment, code, "Wrong1234").expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/code-wrong").jsonPath("$.remainingTries").isEqualTo(2);
        bank.login(zhao.phone(), "Wrong1234", "NETBANK", null).expectStatus().isUnauthorized();
        bank.confirm(enrolment, code, "Wrong1234").expectStatus().isEqualTo(422);
        bank.confirm(enrolment, code, "Wrong1234").expectStatus().isEqualTo(423)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/login-locked");
        bank.login(zhao.phone(), "Passw0rd!", "NETBANK", null).expectStatus().isEqualTo(423);

        // nobody can make the bank flood the phone: five codes an hour (three went out above)
        startedEnrolment(zhao, card, "MOBILE");
        startedEnrolment(zhao, card, "MOBILE");
        bank.start(zhao, card, "MOBILE", "phone-9", null).expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/too-many-codes");
    }

    @Test
    void requestsForCodesAtTheSameMomentStillSendNoMoreThanFiveAnHour() {
        Person qian = bank.person();
        String card = bank.openCard(qian, "STANDARD", "0");
        List<Integer> statuses = Flux.range(0, 8)
                .flatMap(i -> Mono.fromCallable(() -> bank.start(qian, card, "NETBANK", null, null).returnResult(String.class)
                        .getStatus().value()).subscribeOn(Schedulers.boundedElastic()), 8)
                .collectList().block();
        assertThat(statuses).filteredOn(status -> status == 202).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(3);
    }

    @Test
    void twoCustomersSharingAPhoneCannotBothGetALoginOnItEvenAtTheSameMoment() {
        Person first = bank.person();
        Person second = bank.person(first.phone());
        String firstCard = bank.openCard(first, "STANDARD", "0");
        String secondCard = bank.openCard(second, "STANDARD", "0");
        String firstEnrolment = startedEnrolment(first, firstCard, "NETBANK");
        String secondEnrolment = startedEnrolment(second, secondCard, "NETBANK");
        String firstCode = bank.codeFor(firstEnrolment);
        String secondCode = bank.codeFor(secondEnrolment);
        List<Integer> statuses = Flux.just(List.of(firstEnrolment, firstCode), List.of(secondEnrolment, secondCode))
                .flatMap(e -> Mono.fromCallable(() -> bank.confirm(e.get(0), e.get(1), "Passw0rd!").returnResult(String.class)
                        .getStatus().value()).subscribeOn(Schedulers.boundedElastic()), 2)
                .collectList().block();
        assertThat(statuses).containsExactlyInAnyOrder(201, 422);
    }

    private String startedEnrolment(Person person, String card, String channel) {
        return bank.start(person, card, channel, "MOBILE".equals(channel) ? "phone-9" : null, null).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("enrolmentId").asText();
    }

    @Test
    void aCustomerNeverReachesAnotherCustomersAccountAndExpiredOrForgedTokensAreRefused() {
        Person a = bank.person();
        Person b = bank.person();
        String cardA = bank.openCard(a, "STANDARD", "10.00");
        bank.openCard(b, "STANDARD", "10.00");
        String tokenB = tokens.issue(b.customerId(), List.of("CUSTOMER"), "NETBANK", null).accessToken();
        String accountA = bank.accountIdOf(a, cardA);

        web.get().uri("/api/v1/accounts/{id}/transactions", accountA).headers(h -> h.setBearerAuth(tokenB)).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(tokenB)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);

        String tokenA = tokens.issue(a.customerId(), List.of("CUSTOMER"), "NETBANK", null).accessToken();
        String tampered = tokenA.substring(0, tokenA.length() - 4) + (tokenA.endsWith("AAAA") ? "BBBB" : "AAAA");
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(tampered)).exchange().expectStatus().isUnauthorized();
        // 15 minutes and the minute of clock skew the check allows (a token issued on a whole second is still good at 16:00)
        clock.advance(Duration.ofMinutes(17));
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(tokenA)).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void historyPagingShowsEveryPostingExactlyOnceWhileNewOnesArrive() throws Exception {
        Person qian = bank.person();
        String card = bank.openCard(qian, "STANDARD", "0");
        String account = bank.accountIdOf(qian, card);
        String service = tokens.issue("transfer-service", List.of("SERVICE"), null, null).accessToken();
        for (int i = 0; i < 30; i++) {
            deposit(service, account, "p-" + qian.customerId() + "-" + i);
        }
        String token = tokens.issue(qian.customerId(), List.of("CUSTOMER"), "MOBILE", "d").accessToken();
        CompletableFuture<Void> arriving = CompletableFuture.runAsync(() -> {
            for (int i = 30; i < 60; i++) {
                deposit(service, account, "p-" + qian.customerId() + "-" + i);
            }
        });
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            String uri = "/api/v1/accounts/" + account + "/transactions?limit=7" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            page.get("items").forEach(item -> seen.add(item.get("postingId").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        arriving.get();

        Set<String> distinct = new HashSet<>(seen);
        assertThat(distinct).as("no posting twice").hasSize(seen.size());
        for (int i = 0; i < 30; i++) {
            assertThat(distinct).as("every posting that existed when paging began").contains("p-" + qian.customerId() + "-" + i);
        }
        web.get().uri("/api/v1/accounts/" + account + "/transactions?cursor=not-a-cursor").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isBadRequest();
        web.get().uri("/api/v1/accounts/" + account + "/transactions?direction=DEBIT").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    private void deposit(String service, String account, String id) {
        web.post().uri("/internal/ledger/postings").headers(h -> h.setBearerAuth(service))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("postingId", id, "channel", "ATM", "kind", "CASH_DEPOSIT", "legs", List.of(
                        Map.of("accountId", "int-cash", "direction", "DEBIT", "amount", "1.00"),
                        Map.of("accountId", account, "direction", "CREDIT", "amount", "1.00"))))
                .exchange().expectStatus().isCreated();
    }

    private static boolean luhnValid(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

}
