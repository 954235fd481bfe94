package org.ebank.transfer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ebank.clearing.ClearingSimulator;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.MutableClock;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.TopicReader;
import org.ebank.platform.testing.AccountServiceFixture;
import org.ebank.platform.testing.AccountServiceFixture.Card;
import org.ebank.transfer.directory.CardDirectory;
import org.ebank.transfer.transfer.application.ExecuteTransfer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Transfers against the real ledger (account-service from its jar), on the real broker, rule by rule at their boundaries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TransferIT.Clocks.class)
class TransferIT {

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;
    private static ClearingSimulator clearing;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, TransferIT.class);
        accounts = AccountServiceFixture.start(namespace);
        registry.add("ebank.account.url", accounts::url);
        registry.add("ebank.transfers.recovery-interval", () -> "2s");
        try {
            clearing = ClearingSimulator.start(0, Duration.ofMillis(300));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        registry.add("ebank.clearing.url", clearing::url);
        registry.add("ebank.clearing.poll-interval", () -> "500ms");
        registry.add("ebank.scheduled.poll-interval", () -> "1h");
    }

    @AfterAll
    static void stopNeighbours() {
        accounts.close();
        clearing.close();
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return MutableClock.at(LocalDateTime.of(2026, 11, 27, 10, 0), PlatformAutoConfiguration.BANK_ZONE);
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    CardDirectory directory;
    @Autowired
    MutableClock clock;
    @Autowired
    ExecuteTransfer executeTransfer;
    @Autowired
    org.ebank.transfer.scheduled.RunScheduledTransfers runScheduled;
    @Autowired
    Topics topics;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    DatabaseClient db;

    @BeforeEach
    void slowerClient() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        clock.set(LocalDateTime.of(2026, 11, 27, 10, 0));
    }

    @Test
    void theTwelfthScheduledXiangqingTransferOfAYearIsFreeTheThirteenthPaysAndTheCountRestartsOnFirstJanuary() {
        Card xiangqing = accounts.openCard(known(), "XIANGQING", "410100", "50000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        clock.set(LocalDateTime.of(2026, 12, 31, 23, 50));
        for (int i = 1; i <= 12; i++) {
            JsonNode quote = quote(xiangqing, payee, "1000.00", "MOBILE", true, null);
            assertThat(quote.get("fee").asText()).as("scheduled transfer " + i).isEqualTo("0.00");
            assertThat(quote.get("waiver").get("remainingFreeUses").asInt()).isEqualTo(12 - i);
            runScheduled(xiangqing, quote);
        }
        JsonNode thirteenth = quote(xiangqing, payee, "1000.00", "MOBILE", true, null);
        assertThat(thirteenth.get("fee").asText()).isEqualTo("5.00");
        assertThat(thirteenth.get("waiver").isNull()).isTrue();
        runScheduled(xiangqing, thirteenth);

        clock.set(LocalDateTime.of(2026, 12, 31, 23, 59, 59));
        assertThat(quote(xiangqing, payee, "1000.00", "MOBILE", true, null).get("fee").asText()).as("not before midnight").isEqualTo("5.00");
        clock.set(LocalDateTime.of(2027, 1, 1, 0, 0));
        JsonNode newYear = quote(xiangqing, payee, "1000.00", "MOBILE", true, null);
        assertThat(newYear.get("fee").asText()).isEqualTo("0.00");
        assertThat(newYear.get("waiver").get("remainingFreeUses").asInt()).isEqualTo(11);

        assertThat(accounts.balance(xiangqing.accountId(), namespace)).isEqualByComparingTo("36995.00");
        assertThat(accounts.balance(payee.accountId(), namespace)).isEqualByComparingTo("13000.00");
    }

    @Test
    void aQingnianCardAsPayeeWithTheFeeChargedToItUsesItsScheduledQuota() {
        Card own = accounts.openCard(known(), "STANDARD", "410100", "5000.00", null);
        Card qingnian = accounts.openCard(known(), own.customerId(), "QINGNIAN", "440100", "100.00", null);
        JsonNode quote = quote(own, qingnian, "800.00", "NETBANK", true, qingnian.accountId());
        assertThat(quote.get("fee").asText()).isEqualTo("0.00");
        assertThat(quote.get("waiver").get("rule").asText()).isEqualTo("QINGNIAN_SCHEDULED_CROSS_REGION");
        assertThat(quote.get("waiver").get("remainingFreeUses").asInt()).isEqualTo(11);
        assertThat(quote(own, qingnian, "800.00", "NETBANK", false, qingnian.accountId()).get("fee").asText())
                .as("not scheduled: the base fee").isEqualTo("4.00");
    }

    @Test
    void theFourthFamilyTransferOfAMonthPays() {
        Card parent = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        Card qingnian = accounts.openCard(known(), "QINGNIAN", "440100", "5000.00", parent.accountId());
        for (int i = 1; i <= 3; i++) {
            JsonNode transfer = pay(qingnian, parent, "500.00", "MOBILE");
            assertThat(transfer.get("fee").asText()).as("family transfer " + i).isEqualTo("0.00");
            assertThat(transfer.get("status").asText()).isEqualTo("COMPLETED");
        }
        JsonNode fourth = pay(qingnian, parent, "500.00", "MOBILE");
        assertThat(fourth.get("fee").asText()).isEqualTo("2.50");
        assertThat(accounts.balance(qingnian.accountId(), namespace)).isEqualByComparingTo("2997.50");
        clock.set(LocalDateTime.of(2026, 12, 1, 0, 0));
        assertThat(quote(qingnian, parent, "500.00", "MOBILE", false, null).get("fee").asText()).as("a new month").isEqualTo("0.00");
    }

    @Test
    void yihuitongStarsHalveOrWaiveTheInterbankFee() {
        Card merchant = accounts.openCard(known(), "YIHUITONG", "440100", "60000.00", null);
        awaitStars(merchant, 1);
        assertThat(interbankQuote(merchant, "20000.00", "NETBANK").get("fee").asText()).isEqualTo("5.00");
        accounts.deposit(merchant.accountId(), "150000.00");
        awaitStars(merchant, 2);
        JsonNode twoStars = interbankQuote(merchant, "20000.00", "NETBANK");
        assertThat(twoStars.get("fee").asText()).isEqualTo("0.00");
        assertThat(twoStars.get("waiver").get("rule").asText()).isEqualTo("YIHUITONG_STAR_INTERBANK");
    }

    @Test
    void mobileInterbankIsFreeWhileTheSameFromNetbankPaysTheTierAndSameRegionIsAlwaysFree() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "90000.00", null);
        Card neighbour = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        assertThat(interbankQuote(card, "20000.00", "MOBILE").get("fee").asText()).isEqualTo("0.00");
        assertThat(interbankQuote(card, "20000.00", "NETBANK").get("fee").asText()).isEqualTo("10.00");
        JsonNode sameRegion = quote(card, neighbour, "40000.00", "NETBANK", false, null);
        assertThat(sameRegion.get("kind").asText()).isEqualTo("SAME_REGION");
        assertThat(sameRegion.get("fee").asText()).isEqualTo("0.00");

        JsonNode interbank = confirm(card, interbankQuote(card, "3000.00", "NETBANK"), "NETBANK");
        assertThat(interbank.get("status").asText()).isEqualTo("PENDING_CLEARING");
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("86995.00");
    }

    @Test
    void anInterbankTransferSettlesOrComesBackWithItsAmountAndFeeRefunded() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "10000.00", null);
        JsonNode settled = confirm(card, interbankQuote(card, "3000.00", "NETBANK", "他行收款人"), "NETBANK");
        JsonNode returned = confirm(card, interbankQuote(card, "2000.00", "NETBANK", "退回测试"), "NETBANK");
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("4990.00");

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(status(card, settled)).isEqualTo("SETTLED");
            assertThat(status(card, returned)).isEqualTo("RETURNED");
        });
        assertThat(accounts.balance(card.accountId(), namespace)).as("2000.00 and its 5.00 fee came back")
                .isEqualByComparingTo("6995.00");
        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(TransferTopics.TRANSFER), 1,
                r -> r.value().contains(returned.get("transferId").asText()) && r.value().contains(TransferTopics.TRANSFER_RETURNED),
                Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
    }

    private String status(Card card, JsonNode transfer) {
        return web.get().uri("/api/v1/transfers/{id}", transfer.get("transferId").asText())
                .headers(h -> h.setBearerAuth(token(card, "NETBANK"))).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("status").asText();
    }

    @Test
    void aMonthlyTransferOnDay31RunsOn30AprilAndMissedRunsRunOnceEvenWithTwoRunners() {
        Card xiangqing = accounts.openCard(known(), "XIANGQING", "410100", "10000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        clock.set(LocalDateTime.of(2027, 4, 1, 10, 0));
        JsonNode created = web.post().uri("/api/v1/scheduled-transfers").headers(h -> {
                    h.setBearerAuth(token(xiangqing, "MOBILE"));
                    h.add("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fromAccountId", xiangqing.accountId(), "toAccountNumber", payee.cardNumber(), "toName", "房东",
                        "amount", "1500.00", "dayOfMonth", 31))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(java.time.Instant.parse(created.get("nextRunAt").asText()))
                .isEqualTo(LocalDateTime.of(2027, 4, 30, 9, 0).atZone(PlatformAutoConfiguration.BANK_ZONE).toInstant());

        clock.set(LocalDateTime.of(2027, 4, 30, 9, 0));
        List<Long> ran = Flux.range(0, 2).flatMap(i -> runScheduled.runDue().subscribeOn(Schedulers.boundedElastic())).collectList().block();
        assertThat(ran.stream().mapToLong(Long::longValue).sum()).as("two runners, one run").isOne();
        assertThat(accounts.balance(payee.accountId(), namespace)).isEqualByComparingTo("1500.00");
        assertThat(accounts.balance(xiangqing.accountId(), namespace)).as("乡情卡's scheduled cross-region transfer is free")
                .isEqualByComparingTo("8500.00");

        clock.set(LocalDateTime.of(2027, 6, 30, 10, 0));
        assertThat(runScheduled.runDue().block()).as("31 May and 30 June were missed: one run").isOne();
        assertThat(runScheduled.runDue().block()).isZero();
        JsonNode listed = web.get().uri("/api/v1/scheduled-transfers").headers(h -> h.setBearerAuth(token(xiangqing, "MOBILE")))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("items").get(0);
        assertThat(listed.get("runs")).hasSize(2);
        assertThat(listed.get("runs").get(0).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(java.time.Instant.parse(listed.get("nextRunAt").asText()))
                .isEqualTo(LocalDateTime.of(2027, 7, 31, 9, 0).atZone(PlatformAutoConfiguration.BANK_ZONE).toInstant());

        web.delete().uri("/api/v1/scheduled-transfers/{id}", created.get("scheduledTransferId").asText())
                .headers(h -> h.setBearerAuth(token(xiangqing, "MOBILE"))).exchange().expectStatus().isNoContent();
        clock.set(LocalDateTime.of(2027, 8, 1, 10, 0));
        assertThat(runScheduled.runDue().block()).as("cancelled").isZero();
    }

    @Test
    void crossRegionCashIsFreeUpToTheCardsQuotaAndTheThirdJinhuiWithdrawalPays() {
        Card jinhui = accounts.openCard(known(), "JINHUI", "440100", "10000.00", null);
        for (int i = 1; i >= 0; i--) {
            cash(jinhui, "WITHDRAWAL", "1000.00", "410100").expectStatus().isCreated()
                    .expectBody().jsonPath("$.fee").isEqualTo("0.00").jsonPath("$.waiver.remainingFreeUses").isEqualTo(i);
        }
        cash(jinhui, "WITHDRAWAL", "1000.00", "410100").expectStatus().isCreated()
                .expectBody().jsonPath("$.fee").isEqualTo("5.00").jsonPath("$.waiver").isEmpty();
        cash(jinhui, "DEPOSIT", "1000.00", "410100").expectStatus().isCreated().expectBody().jsonPath("$.fee").isEqualTo("5.00");
        cash(jinhui, "WITHDRAWAL", "100.00", "440100").expectStatus().isCreated().expectBody().jsonPath("$.fee").isEqualTo("0.00");
        assertThat(accounts.balance(jinhui.accountId(), namespace)).isEqualByComparingTo("7890.00");

        Card xiangqing = accounts.openCard(known(), "XIANGQING", "410100", "5000.00", null);
        cash(xiangqing, "DEPOSIT", "2000.00", "440100").expectBody().jsonPath("$.fee").isEqualTo("0.00");
        cash(xiangqing, "WITHDRAWAL", "2000.00", "440100").expectBody().jsonPath("$.fee").isEqualTo("0.00");
        // deposits and withdrawals share the two free uses
        cash(xiangqing, "WITHDRAWAL", "2000.00", "440100").expectBody().jsonPath("$.fee").isEqualTo("10.00");
        cash(xiangqing, "WITHDRAWAL", "99999.00", "440100").expectStatus().isEqualTo(422);

        web.get().uri("/api/v1/accounts/{id}/fee-benefits", jinhui.accountId()).headers(h -> h.setBearerAuth(token(jinhui, "MOBILE")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.rule == 'JINHUI_CROSS_REGION_WITHDRAWAL')].remainingFreeUses").isEqualTo(0)
                .jsonPath("$.items[?(@.rule == 'MOBILE_INTERBANK_CAMPAIGN')]").exists();
        web.get().uri("/api/v1/accounts/{id}/fee-benefits", jinhui.accountId()).headers(h -> h.setBearerAuth(token(xiangqing, "MOBILE")))
                .exchange().expectStatus().isNotFound();
        web.post().uri("/api/v1/channel/cash-operations").headers(h -> {
                    h.setBearerAuth(token(jinhui, "MOBILE"));
                    h.add("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", jinhui.accountId(), "type", "DEPOSIT", "amount", "1.00", "region", "440100", "channel", "ATM"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void staffGiveAFeeBackByHandOnceWithAReason() {
        Card payer = accounts.openCard(known(), "STANDARD", "440100", "2000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        JsonNode transfer = pay(payer, payee, "1000.00", "NETBANK");
        assertThat(transfer.get("fee").asText()).isEqualTo("5.00");
        String staff = TestJwts.staff("ops-li");
        for (int i = 0; i < 2; i++) {
            web.post().uri("/api/v1/ops/fees/{id}/waive", transfer.get("transferId").asText()).headers(h -> h.setBearerAuth(staff))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "客户投诉 complaint #" + i)).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.refunded").isEqualTo("5.00").jsonPath("$.staffId").isEqualTo("ops-li")
                    .jsonPath("$.reason").isEqualTo("客户投诉 complaint #0");
        }
        assertThat(accounts.balance(payer.accountId(), namespace)).isEqualByComparingTo("1000.00");
        web.post().uri("/api/v1/ops/fees/{id}/waive", transfer.get("transferId").asText()).headers(h -> h.setBearerAuth(token(payer, "NETBANK")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "please")).exchange().expectStatus().isForbidden();
        JsonNode free = pay(payer, accounts.openCard(known(), "STANDARD", "440100", "0", null), "1.00", "NETBANK");
        web.post().uri("/api/v1/ops/fees/{id}/waive", free.get("transferId").asText()).headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "nothing")).exchange().expectStatus().isEqualTo(422);
    }

    private WebTestClient.ResponseSpec cash(Card card, String type, String amount, String region) {
        return web.post().uri("/api/v1/channel/cash-operations").headers(h -> {
                    h.setBearerAuth(TestJwts.token("atm01", List.of("CHANNEL"), null, null, Duration.ofMinutes(30)));
                    h.add("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", card.accountId(), "type", type, "amount", amount, "region", region, "channel", "ATM"))
                .exchange();
    }

    @Test
    void aFailedTransferGivesTheFreeUseBack() {
        Card parent = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        Card qingnian = accounts.openCard(known(), "QINGNIAN", "440100", "100.00", parent.accountId());
        JsonNode tooMuch = quote(qingnian, parent, "500.00", "MOBILE", false, null);
        assertThat(tooMuch.get("waiver").get("remainingFreeUses").asInt()).isEqualTo(2);
        JsonNode failed = confirm(qingnian, tooMuch, "MOBILE");
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asText()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(quote(qingnian, parent, "50.00", "MOBILE", false, null).get("waiver").get("remainingFreeUses").asInt())
                .as("the failed transfer's free use is back").isEqualTo(2);
        assertThat(accounts.balance(qingnian.accountId(), namespace)).isEqualByComparingTo("100.00");
    }

    @Test
    void twentyConcurrentTransfersRaceForTheLastFreeUseAndExactlyOneIsFree() {
        Card parent = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        Card qingnian = accounts.openCard(known(), "QINGNIAN", "440100", "20000.00", parent.accountId());
        pay(qingnian, parent, "100.00", "MOBILE");
        pay(qingnian, parent, "100.00", "MOBILE");

        List<JsonNode> quotes = Flux.range(0, 20)
                .flatMap(i -> Mono.fromCallable(() -> quote(qingnian, parent, "400.00", "MOBILE", false, null))
                        .subscribeOn(Schedulers.boundedElastic()), 20)
                .collectList().block();
        assertThat(quotes.stream().filter(q -> q.get("fee").asText().equals("0.00")).count()).isOne();
        List<JsonNode> transfers = Flux.fromIterable(quotes)
                .flatMap(q -> Mono.fromCallable(() -> confirm(qingnian, q, "MOBILE")).subscribeOn(Schedulers.boundedElastic()), 20)
                .collectList().block();
        assertThat(transfers.stream().filter(t -> t.get("fee").asText().equals("0.00")).count()).isOne();
        assertThat(accounts.balance(qingnian.accountId(), namespace)).isEqualByComparingTo("11762.00");
    }

    @Test
    void fiftyConcurrentIdenticalRequestsMakeOneTransferAndAnotherBodyWithTheSameKeyIsRefused() {
        Card payer = accounts.openCard(known(), "STANDARD", "440100", "1000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        pay(payer, payee, "1.00", "NETBANK");
        JsonNode quote = quote(payer, payee, "100.00", "NETBANK", false, null);
        String key = UUID.randomUUID().toString();
        Set<Integer> statuses = Flux.range(0, 50)
                .flatMap(i -> Mono.fromCallable(() -> post(payer, "NETBANK", key, Map.of("quoteId", quote.get("quoteId").asText()))
                        .returnResult(String.class).getStatus().value()).subscribeOn(Schedulers.boundedElastic()), 50)
                .collect(Collectors.toSet()).block();
        assertThat(statuses).isSubsetOf(201, 409).contains(201);
        assertThat(accounts.balance(payee.accountId(), namespace)).isEqualByComparingTo("101.00");
        post(payer, "NETBANK", key, Map.of("quoteId", "q_other")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/idempotency-key-reused");
        post(payer, "NETBANK", null, Map.of("quoteId", quote.get("quoteId").asText())).expectStatus().isBadRequest();
    }

    @Test
    void overLimitAndWrongOtpsAreRefusedAndMoveNoMoney() {
        Card payer = accounts.openCard(known(), "STANDARD", "440100", "300000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        quoteSpec(payer, payee, "50000.01", "MOBILE", false, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/over-single-limit");
        for (int i = 0; i < 4; i++) {
            pay(payer, payee, "50000.00", "MOBILE");
        }
        quoteSpec(payer, payee, "0.01", "MOBILE", false, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/over-daily-limit");
        assertThat(quote(payer, payee, "0.01", "NETBANK", false, null).get("fee").asText()).as("netbank has its own limit")
                .isEqualTo("0.00");

        JsonNode bigOne = quote(payer, payee, "6000.00", "NETBANK", false, null);
        assertThat(bigOne.get("otpRequired").asBoolean()).isTrue();
        requestOtp(payer, bigOne, "NETBANK");
        String code = otpFor(bigOne.get("quoteId").asText());
        String wrong = code.equals("000000") ? "111111" : "000000";
        post(payer, "NETBANK", UUID.randomUUID().toString(), Map.of("quoteId", bigOne.get("quoteId").asText())).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/otp-required");
        for (int remaining = 2; remaining >= 1; remaining--) {
            post(payer, "NETBANK", UUID.randomUUID().toString(), Map.of("quoteId", bigOne.get("quoteId").asText(), "otp", wrong))
                    .expectStatus().isEqualTo(422).expectBody().jsonPath("$.remainingTries").isEqualTo(remaining);
        }
        post(payer, "NETBANK", UUID.randomUUID().toString(), Map.of("quoteId", bigOne.get("quoteId").asText(), "otp", wrong))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/otp-exhausted");
        post(payer, "NETBANK", UUID.randomUUID().toString(), Map.of("quoteId", bigOne.get("quoteId").asText(), "otp", code))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/otp-exhausted");
        assertThat(accounts.balance(payee.accountId(), namespace)).isEqualByComparingTo("200000.00");
    }

    @Test
    void aCustomerSeesOnlyTheirOwnCardsAndTransfers() {
        Card mine = accounts.openCard(known(), "STANDARD", "440100", "100.00", null);
        Card theirs = accounts.openCard(known(), "STANDARD", "440100", "100.00", null);
        JsonNode transfer = pay(mine, theirs, "1.00", "MOBILE");
        quoteSpec(theirs, mine, "1.00", "MOBILE", false, null).expectStatus().isCreated();
        web.post().uri("/api/v1/transfers/quotes").headers(h -> h.setBearerAuth(token(mine, "MOBILE")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body(theirs, mine, "1.00", false, null)).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/transfers/{id}", transfer.get("transferId").asText()).headers(h -> h.setBearerAuth(token(theirs, "MOBILE")))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/transfers/{id}", transfer.get("transferId").asText()).headers(h -> h.setBearerAuth(token(mine, "MOBILE")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("COMPLETED");
        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(TransferTopics.TRANSFER), 1,
                r -> r.value().contains(transfer.get("transferId").asText()), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains(TransferTopics.TRANSFER_COMPLETED).doesNotContain(theirs.cardNumber());
    }

    // --- helpers: the customer's side of the API ---

    private JsonNode pay(Card from, Card to, String amount, String channel) {
        return confirm(from, quote(from, to, amount, channel, false, null), channel);
    }

    private JsonNode confirm(Card from, JsonNode quote, String channel) {
        Map<String, Object> body = new HashMap<>(Map.of("quoteId", quote.get("quoteId").asText()));
        if (quote.get("otpRequired").asBoolean()) {
            requestOtp(from, quote, channel);
            body.put("otp", otpFor(quote.get("quoteId").asText()));
        }
        return post(from, channel, UUID.randomUUID().toString(), body).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private void runScheduled(Card from, JsonNode quote) {
        var outcome = executeTransfer.execute(from.customerId(), quote.get("quoteId").asText(), null, true).block();
        assertThat(outcome).isInstanceOf(org.ebank.transfer.transfer.application.Outcome.Ok.class);
    }

    private void requestOtp(Card from, JsonNode quote, String channel) {
        web.post().uri("/api/v1/transfers/quotes/{id}/otp", quote.get("quoteId").asText())
                .headers(h -> h.setBearerAuth(token(from, channel))).exchange().expectStatus().isAccepted()
                .expectBody().jsonPath("$.code").doesNotExist();
    }

    private String otpFor(String quoteId) {
        var records = TopicReader.read(namespace.bootstrapServers(), topics.name(TransferTopics.OTP), 1,
                r -> r.value().contains(quoteId), Duration.ofSeconds(30));
        return codec.read(records.get(records.size() - 1).value()).data().get("code").asText();
    }

    private JsonNode quote(Card from, Card to, String amount, String channel, boolean scheduled, String feeAccount) {
        return quoteSpec(from, to, amount, channel, scheduled, feeAccount).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode interbankQuote(Card from, String amount, String channel) {
        return interbankQuote(from, amount, channel, "他行收款人");
    }

    private JsonNode interbankQuote(Card from, String amount, String channel, String toName) {
        return web.post().uri("/api/v1/transfers/quotes").headers(h -> h.setBearerAuth(token(from, channel)))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("fromAccountId", from.accountId(), "toAccountNumber", "6228480000000000001", "toBankCode", "ABC",
                        "toName", toName, "amount", amount))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec quoteSpec(Card from, Card to, String amount, String channel, boolean scheduled,
                                                 String feeAccount) {
        return web.post().uri("/api/v1/transfers/quotes").headers(h -> h.setBearerAuth(token(from, channel)))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body(from, to, amount, scheduled, feeAccount)).exchange();
    }

    private static Map<String, Object> body(Card from, Card to, String amount, boolean scheduled, String feeAccount) {
        Map<String, Object> body = new HashMap<>(Map.of("fromAccountId", from.accountId(), "toAccountNumber", to.cardNumber(),
                "toName", "收款人", "amount", amount, "scheduled", scheduled));
        if (feeAccount != null) {
            body.put("feeAccountId", feeAccount);
        }
        return body;
    }

    private WebTestClient.ResponseSpec post(Card from, String channel, String key, Map<String, Object> body) {
        return web.post().uri("/api/v1/transfers").headers(h -> {
                    h.setBearerAuth(token(from, channel));
                    if (key != null) {
                        h.add("Idempotency-Key", key);
                    }
                }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private java.util.function.Predicate<String> known() {
        return accountId -> directory.byAccountId(accountId).blockOptional().isPresent();
    }

    private void awaitStars(Card card, int stars) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> directory.byAccountId(card.accountId()).block().starLevel() == stars);
    }

    private static String token(Card card, String channel) {
        return TestJwts.token(card.customerId(), List.of("CUSTOMER"), channel, "device-1", Duration.ofHours(2));
    }
}
