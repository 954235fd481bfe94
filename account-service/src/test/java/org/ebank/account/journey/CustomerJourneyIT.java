package org.ebank.account.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.ebank.account.customer.domain.ResidentIds;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A customer's way in: staff open a card, the customer enrols, signs in, and sees only their own money. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CustomerJourneyIT.Clocks.class)
class CustomerJourneyIT {

    private static TestInfra.Namespace namespace;
    private static int people;

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

    private String staff;

    @BeforeEach
    void staffSignIn() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        staff = tokens.issue("staff01", List.of("STAFF"), null, null).accessToken();
    }

    @Test
    void staffOpenCardsWithValidNumbersAndOnlyAQingnianCardLinksAFamilyAccount() {
        Person zhang = person();
        JsonNode standard = open(zhang.customerId, "STANDARD", "440100", null, "1000.00").expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String card = standard.get("cardNumber").asText();
        assertThat(card).hasSize(19).startsWith("621700");
        assertThat(luhnValid(card)).isTrue();
        assertThat(standard.get("balance").asText()).isEqualTo("1000.00");

        open(zhang.customerId, "QINGNIAN", "440100", standard.get("accountId").asText(), "0").expectStatus().isCreated()
                .expectBody().jsonPath("$.familyAccountId").isEqualTo(standard.get("accountId").asText());
        open(zhang.customerId, "STANDARD", "440100", standard.get("accountId").asText(), "0").expectStatus().isBadRequest();
        open(zhang.customerId, "QINGNIAN", "440100", "acc_nobody", "0").expectStatus().isEqualTo(422);
        open("cus_nobody", "STANDARD", "440100", null, "0").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/unknown-customer");
        open(zhang.customerId, "STANDARD", "44010", null, "0").expectStatus().isBadRequest();
        open(zhang.customerId, "GOLD", "440100", null, "0").expectStatus().isBadRequest();
    }

    @Test
    void aCardHolderEnrolsSignsInAndSeesTheirAccountsMasked() throws Exception {
        Person li = person();
        String card = openCard(li, "JINHUI", "500.00");

        enrol(li, card, "MOBILE", "Passw0rd!", "phone-1", "STAFF007").expectStatus().isCreated();
        enrol(li, card, "MOBILE", "Passw0rd!", "phone-1", null).expectStatus().isEqualTo(409);
        enrol(li, card, "NETBANK", "Another1", null, null).expectStatus().isEqualTo(422);
        enrol(li, card, "NETBANK", "Passw0rd!", null, null).expectStatus().isCreated();

        String token = login(li.phone, "Passw0rd!", "MOBILE", "phone-1").expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("accessToken").asText();
        web.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.customerId").isEqualTo(li.customerId)
                .jsonPath("$.channel").isEqualTo("MOBILE")
                .jsonPath("$.phone").isEqualTo(li.phone.substring(0, 3) + "****" + li.phone.substring(7))
                .jsonPath("$.enrolments.length()").isEqualTo(2);
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].cardNumber").isEqualTo("6217 **** **** ***" + card.substring(15))
                .jsonPath("$.items[0].product").isEqualTo("JINHUI")
                .jsonPath("$.items[0].balance").isEqualTo("500.00")
                .jsonPath("$.items[0].available").isEqualTo("500.00");

        var enrolled = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.CUSTOMER), 2,
                r -> r.key().equals(li.customerId) && r.value().contains(AccountTopics.CUSTOMER_ENROLLED), Duration.ofSeconds(30));
        assertThat(enrolled).hasSize(2);
        assertThat(codec.read(enrolled.get(0).value()).data().get("referrerCode").asText()).isEqualTo("STAFF007");
    }

    @Test
    void enrolmentRefusesAMismatchedPhoneAndAWeakPassword() {
        Person wang = person();
        String card = openCard(wang, "STANDARD", "0");
        enrol(new Person(wang.customerId, "13999999999"), card, "NETBANK", "Passw0rd!", null, null)
                .expectStatus().isEqualTo(422);
        enrol(wang, card, "NETBANK", "password", null, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        enrol(wang, card, "MOBILE", "Passw0rd!", null, null).expectStatus().isBadRequest();
        enrol(wang, "6217000000000000000", "NETBANK", "Passw0rd!", null, null).expectStatus().isEqualTo(422);
    }

    @Test
    void fiveWrongPasswordsLockTheLoginUntilTheWindowPasses() {
        Person zhao = person();
        enrol(zhao, openCard(zhao, "STANDARD", "0"), "NETBANK", "Right123", null, null).expectStatus().isCreated();

        for (int i = 4; i >= 1; i--) {
            login(zhao.phone, "Wrong123", "NETBANK", null).expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.remainingAttempts").isEqualTo(i);
        }
        login(zhao.phone, "Wrong123", "NETBANK", null).expectStatus().isEqualTo(423);
        login(zhao.phone, "Right123", "NETBANK", null).expectStatus().isEqualTo(423)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/login-locked");

        clock.advance(Duration.ofMinutes(29));
        login(zhao.phone, "Right123", "NETBANK", null).expectStatus().isEqualTo(423);
        clock.advance(Duration.ofMinutes(1));
        login(zhao.phone, "Right123", "NETBANK", null).expectStatus().isOk();
        login(zhao.phone, "Wrong123", "NETBANK", null).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.remainingAttempts").isEqualTo(4);
    }

    @Test
    void aMobileLoginFromANewDeviceIsAnnounced() throws Exception {
        Person sun = person();
        enrol(sun, openCard(sun, "STANDARD", "0"), "MOBILE", "Right123", "old-phone", null).expectStatus().isCreated();
        login(sun.phone, "Right123", "MOBILE", "old-phone").expectStatus().isOk();
        login(sun.phone, "Right123", "MOBILE", "new-phone").expectStatus().isOk();
        login(sun.phone, "Right123", "MOBILE", null).expectStatus().isBadRequest();
        login(sun.phone, "Right123", "NETBANK", null).expectStatus().isForbidden();

        var logins = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.CUSTOMER), 2,
                r -> r.key().equals(sun.customerId) && r.value().contains(AccountTopics.CUSTOMER_LOGGED_IN), Duration.ofSeconds(30));
        assertThat(logins).extracting(r -> codec.read(r.value()).data().get("newDevice").asBoolean())
                .containsExactly(false, true);
    }

    @Test
    void aCustomerNeverReachesAnotherCustomersAccountAndExpiredOrForgedTokensAreRefused() {
        Person a = person();
        Person b = person();
        String cardA = openCard(a, "STANDARD", "10.00");
        openCard(b, "STANDARD", "10.00");
        String tokenB = tokens.issue(b.customerId, List.of("CUSTOMER"), "NETBANK", null).accessToken();
        String accountA = accountIdOf(a, cardA);

        web.get().uri("/api/v1/accounts/{id}/transactions", accountA).headers(h -> h.setBearerAuth(tokenB)).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(tokenB)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);

        String tokenA = tokens.issue(a.customerId, List.of("CUSTOMER"), "NETBANK", null).accessToken();
        String tampered = tokenA.substring(0, tokenA.length() - 4) + (tokenA.endsWith("AAAA") ? "BBBB" : "AAAA");
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(tampered)).exchange().expectStatus().isUnauthorized();
        clock.advance(Duration.ofMinutes(16));
        web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(tokenA)).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void historyPagingShowsEveryPostingExactlyOnceWhileNewOnesArrive() throws Exception {
        Person qian = person();
        String card = openCard(qian, "STANDARD", "0");
        String account = accountIdOf(qian, card);
        String service = tokens.issue("transfer-service", List.of("SERVICE"), null, null).accessToken();
        for (int i = 0; i < 30; i++) {
            deposit(service, account, "p-" + qian.customerId + "-" + i);
        }
        String token = tokens.issue(qian.customerId, List.of("CUSTOMER"), "MOBILE", "d").accessToken();
        CompletableFuture<Void> arriving = CompletableFuture.runAsync(() -> {
            for (int i = 30; i < 60; i++) {
                deposit(service, account, "p-" + qian.customerId + "-" + i);
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
            assertThat(distinct).as("every posting that existed when paging began").contains("p-" + qian.customerId + "-" + i);
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

    private Person person() {
        int n = ++people;
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n * 97L);
        String phone = "137" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
        String customerId = web.post().uri("/api/v1/ops/customers").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "客户" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10), "idNumber", ResidentIds.bornOn(born), "phone", phone,
                        "birthDate", born.toString()))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("customerId").asText();
        return new Person(customerId, phone);
    }

    private String openCard(Person person, String product, String deposit) {
        return open(person.customerId, product, "440100", null, deposit).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("cardNumber").asText();
    }

    private String accountIdOf(Person person, String card) {
        String token = tokens.issue(person.customerId, List.of("CUSTOMER"), "NETBANK", null).accessToken();
        JsonNode items = web.get().uri("/api/v1/accounts").headers(h -> h.setBearerAuth(token)).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
        for (JsonNode item : items) {
            if (item.get("cardNumber").asText().endsWith(card.substring(15))) {
                return item.get("accountId").asText();
            }
        }
        throw new AssertionError("no account for card");
    }

    private WebTestClient.ResponseSpec open(String customerId, String product, String region, String family, String deposit) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("customerId", customerId, "product", product,
                "region", region, "initialDeposit", deposit));
        if (family != null) {
            body.put("familyAccountId", family);
        }
        return web.post().uri("/api/v1/ops/accounts").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec enrol(Person person, String card, String channel, String password, String device,
                                             String referrer) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("cardNumber", card, "phone", person.phone,
                "password", password, "channel", channel));
        if (device != null) {
            body.put("deviceId", device);
        }
        if (referrer != null) {
            body.put("referrerCode", referrer);
        }
        return web.post().uri("/api/v1/enrolments").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec login(String phone, String password, String channel, String device) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("phone", phone, "password", password, "channel", channel));
        if (device != null) {
            body.put("deviceId", device);
        }
        return web.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
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

    private record Person(String customerId, String phone) {
    }
}
