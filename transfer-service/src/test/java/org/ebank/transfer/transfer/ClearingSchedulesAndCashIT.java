package org.ebank.transfer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.testing.AccountServiceFixture.Card;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** What happens after and beside the transfer itself: clearing, schedules, cash at ATMs and counters, manual waivers. */
class ClearingSchedulesAndCashIT extends TransferServiceIT {

    @Test
    void anInterbankTransferSettlesOrComesBackWithItsAmountAndFeeRefunded() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "10000.00", null);
        JsonNode settled = api.confirm(card, api.interbankQuote(card, "3000.00", "NETBANK", "他行收款人"), "NETBANK");
        JsonNode returned = api.confirm(card, api.interbankQuote(card, "2000.00", "NETBANK", "退回测试"), "NETBANK");
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("4990.00");
        waive(returned).expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .value(type -> assertThat(type.toString()).endsWith("/clearing-pending"));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(status(card, settled)).isEqualTo("SETTLED");
            assertThat(status(card, returned)).isEqualTo("RETURNED");
        });
        assertThat(accounts.balance(card.accountId(), namespace)).as("2000.00 and its 5.00 fee came back")
                .isEqualByComparingTo("6995.00");
        waive(returned).expectStatus().isEqualTo(422);
        assertThat(accounts.balance(card.accountId(), namespace)).as("and only once").isEqualByComparingTo("6995.00");
        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(TransferTopics.TRANSFER), 1,
                r -> r.value().contains(returned.get("transferId").asText()) && r.value().contains(TransferTopics.TRANSFER_RETURNED),
                Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
    }

    private WebTestClient.ResponseSpec waive(JsonNode transfer) {
        return web.post().uri("/api/v1/ops/fees/{id}/waive", transfer.get("transferId").asText())
                .headers(h -> h.setBearerAuth(TestJwts.staff("ops-li"))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "complaint")).exchange();
    }

    private String status(Card card, JsonNode transfer) {
        return web.get().uri("/api/v1/transfers/{id}", transfer.get("transferId").asText())
                .headers(h -> h.setBearerAuth(CustomerSide.token(card, "NETBANK"))).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("status").asText();
    }

    @Test
    void aMonthlyTransferOnDay31RunsOn30AprilAndMissedRunsRunOnceEvenWithTwoRunners() {
        Card xiangqing = accounts.openCard(known(), "XIANGQING", "410100", "10000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        clock.set(LocalDateTime.of(2027, 4, 1, 10, 0));
        JsonNode quote = api.quote(xiangqing, payee, "1500.00", "MOBILE", true, null);
        assertThat(quote.get("otpRequired").asBoolean()).as("a payee never paid before").isTrue();
        api.schedule(xiangqing, quote, null, Map.of("dayOfMonth", 31)).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/otp-required");
        api.schedule(xiangqing, api.quote(xiangqing, payee, "1500.00", "MOBILE", false, null), null, Map.of("dayOfMonth", 31))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://api.ebank.example/problems/quote-not-for-schedule");
        api.requestOtp(xiangqing, quote, "MOBILE");
        String code = api.otpFor(quote.get("quoteId").asText());
        JsonNode created = api.schedule(xiangqing, quote, code, Map.of("dayOfMonth", 31))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(created.get("toAccountNumber").asText()).isEqualTo("****" + payee.cardNumber().substring(payee.cardNumber().length() - 4));
        // a quote sets up one schedule: setting up again with it (a retry) finds that one
        api.schedule(xiangqing, quote, code, Map.of("dayOfMonth", 1)).expectStatus().isCreated()
                .expectBody().jsonPath("$.scheduledTransferId").isEqualTo(created.get("scheduledTransferId").asText())
                .jsonPath("$.dayOfMonth").isEqualTo(31);
        api.post(xiangqing, "MOBILE", UUID.randomUUID().toString(), Map.of("quoteId", quote.get("quoteId").asText(), "otp", code))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://api.ebank.example/problems/quote-for-scheduled");
        assertThat(db.sql("select count(*) from scheduled_transfer where to_account_number = :number")
                .bind("number", payee.cardNumber()).map(row -> row.get(0, Long.class)).one().block())
                .as("the card number is not kept").isZero();
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
        JsonNode listed = web.get().uri("/api/v1/scheduled-transfers").headers(h -> h.setBearerAuth(CustomerSide.token(xiangqing, "MOBILE")))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("items").get(0);
        assertThat(listed.get("runs")).hasSize(2);
        assertThat(listed.get("runs").get(0).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(java.time.Instant.parse(listed.get("nextRunAt").asText()))
                .isEqualTo(LocalDateTime.of(2027, 7, 31, 9, 0).atZone(PlatformAutoConfiguration.BANK_ZONE).toInstant());

        web.delete().uri("/api/v1/scheduled-transfers/{id}", created.get("scheduledTransferId").asText())
                .headers(h -> h.setBearerAuth(CustomerSide.token(xiangqing, "MOBILE"))).exchange().expectStatus().isNoContent();
        clock.set(LocalDateTime.of(2027, 8, 1, 10, 0));
        assertThat(runScheduled.runDue().block()).as("cancelled").isZero();
    }

    @Test
    void eachRunIsCheckedAgainstTheLimitsOfItsDayAndAFailedRunIsToldToTheCustomer() {
        Card payer = accounts.openCard(known(), "STANDARD", "440100", "300000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        clock.set(LocalDateTime.of(2027, 5, 10, 9, 0));
        JsonNode quote = api.quote(payer, payee, "100.00", "MOBILE", true, null);
        api.requestOtp(payer, quote, "MOBILE");
        JsonNode created = api.schedule(payer, quote, api.otpFor(quote.get("quoteId").asText()),
                        Map.of("runAt", "2027-05-10T15:00:00+08:00"))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        for (int i = 0; i < 4; i++) {
            api.pay(payer, payee, "50000.00", "MOBILE");
        }
        clock.set(LocalDateTime.of(2027, 5, 10, 15, 0));
        assertThat(runScheduled.runDue().block()).isOne();
        JsonNode run = web.get().uri("/api/v1/scheduled-transfers").headers(h -> h.setBearerAuth(CustomerSide.token(payer, "MOBILE")))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("items").get(0).get("runs").get(0);
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("failureReason").asText()).as("mobile's 200,000.00 a day were spent").isEqualTo("OVER_DAILY_LIMIT");
        assertThat(accounts.balance(payee.accountId(), namespace)).isEqualByComparingTo("200000.00");
        var told = TopicReader.read(namespace.bootstrapServers(), topics.name(TransferTopics.TRANSFER), 1,
                r -> r.value().contains(payer.customerId()) && r.value().contains("OVER_DAILY_LIMIT"), Duration.ofSeconds(30));
        assertThat(told).hasSize(1);
        assertThat(created.get("scheduledTransferId").asText()).startsWith("st_");
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

        web.get().uri("/api/v1/accounts/{id}/fee-benefits", jinhui.accountId()).headers(h -> h.setBearerAuth(CustomerSide.token(jinhui, "MOBILE")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.rule == 'JINHUI_CROSS_REGION_WITHDRAWAL')].remainingFreeUses").isEqualTo(0)
                .jsonPath("$.items[?(@.rule == 'MOBILE_INTERBANK_CAMPAIGN')]").exists();
        web.get().uri("/api/v1/accounts/{id}/fee-benefits", jinhui.accountId()).headers(h -> h.setBearerAuth(CustomerSide.token(xiangqing, "MOBILE")))
                .exchange().expectStatus().isNotFound();
        web.post().uri("/api/v1/channel/cash-operations").headers(h -> {
                    h.setBearerAuth(CustomerSide.token(jinhui, "MOBILE"));
                    h.add("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", jinhui.accountId(), "type", "DEPOSIT", "amount", "1.00", "region", "440100", "channel", "ATM"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void staffGiveAFeeBackByHandOnceWithAReason() {
        Card payer = accounts.openCard(known(), "STANDARD", "440100", "2000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        JsonNode transfer = api.pay(payer, payee, "1000.00", "NETBANK");
        assertThat(transfer.get("fee").asText()).isEqualTo("5.00");
        String staff = TestJwts.staff("ops-li");
        for (int i = 0; i < 2; i++) {
            web.post().uri("/api/v1/ops/fees/{id}/waive", transfer.get("transferId").asText()).headers(h -> h.setBearerAuth(staff))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "客户投诉 complaint #" + i)).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.refunded").isEqualTo("5.00").jsonPath("$.staffId").isEqualTo("ops-li")
                    .jsonPath("$.reason").isEqualTo("客户投诉 complaint #0");
        }
        assertThat(accounts.balance(payer.accountId(), namespace)).isEqualByComparingTo("1000.00");
        web.post().uri("/api/v1/ops/fees/{id}/waive", transfer.get("transferId").asText()).headers(h -> h.setBearerAuth(CustomerSide.token(payer, "NETBANK")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "please")).exchange().expectStatus().isForbidden();
        JsonNode free = api.pay(payer, accounts.openCard(known(), "STANDARD", "440100", "0", null), "1.00", "NETBANK");
        web.post().uri("/api/v1/ops/fees/{id}/waive", free.get("transferId").asText()).headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "nothing")).exchange().expectStatus().isEqualTo(422);
    }

    private WebTestClient.ResponseSpec cash(Card card, String type, String amount, String region) {
        return cash(card, type, amount, region, UUID.randomUUID().toString());
    }

    private WebTestClient.ResponseSpec cash(Card card, String type, String amount, String region, String key) {
        return web.post().uri("/api/v1/channel/cash-operations").headers(h -> {
                    h.setBearerAuth(TestJwts.token("atm01", List.of("CHANNEL"), null, null, Duration.ofMinutes(30)));
                    h.add("Idempotency-Key", key);
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", card.accountId(), "type", type, "amount", amount, "region", region, "channel", "ATM",
                        "deviceId", "ATM-" + region + "-01"))
                .exchange();
    }

    @Test
    void aTransferAndACashOperationLeftHalfDoneByACrashAreFinishedOnceByRecovery() {
        Card payer = accounts.openCard(known(), "STANDARD", "440100", "1000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        api.pay(payer, payee, "1.00", "MOBILE");
        JsonNode quote = api.quote(payer, payee, "100.00", "MOBILE", false, null);
        // accepted, then the process died before posting to the ledger
        var accepted = acceptTransfer.accept(payer.customerId(), quote.get("quoteId").asText(), null, false).block();
        var transfer = ((org.ebank.transfer.transfer.application.Outcome.Ok<org.ebank.transfer.transfer.domain.Transfer>) accepted).value();
        db.sql("""
                insert into cash_operation (id, system_id, account_id, customer_id, type, amount, region, channel, device_id, kind,
                    base_fee, fee, status, created_at)
                values ('cash_crashed', 'atm01', :account, :customer, 'DEPOSIT', 300.00, '440100', 'ATM', 'ATM-440100-07', 'SAME_REGION',
                    0, 0, 'PENDING', :at)""").bind("account", payer.accountId()).bind("customer", payer.customerId())
                .bind("at", clock.instant().minus(Duration.ofHours(1)).atOffset(java.time.ZoneOffset.UTC)).then().block();

        clock.advance(Duration.ofMinutes(1));
        // the background recovery job may get there first: either way, run it twice more and count the money
        for (int i = 0; i < 2; i++) {
            recoverTransfers.recover().block();
            recoverCash.recover().block();
        }

        assertThat(accounts.balance(payee.accountId(), namespace)).isEqualByComparingTo("101.00");
        assertThat(accounts.balance(payer.accountId(), namespace)).as("1000 - 1 - 100 + 300 cash").isEqualByComparingTo("1199.00");
        web.get().uri("/api/v1/transfers/{id}", transfer.id()).headers(h -> h.setBearerAuth(CustomerSide.token(payer, "MOBILE")))
                .exchange().expectBody().jsonPath("$.status").isEqualTo("COMPLETED");
        var cashEvents = TopicReader.read(namespace.bootstrapServers(), topics.name(TransferTopics.TRANSFER), 2,
                r -> r.value().contains("cash_crashed") && r.value().contains(TransferTopics.CASH_OPERATION_RECORDED),
                Duration.ofSeconds(5));
        assertThat(cashEvents).as("the recovered deposit is announced once, for the substitution-rate KPI").hasSize(1)
                .first().satisfies(r -> assertThat(r.value()).contains("\"channel\":\"ATM\"").contains("\"amount\":\"300.00\"")
                        .contains("\"deviceId\":\"ATM-440100-07\""));
    }

    /**
     * The ATM's first try saved its operation, then lost the ledger's answer (an outage: answered 503, its key let go);
     * the ATM sends the request again with the same key, and recovery runs too: the cash is credited once.
     */
    @Test
    void aCashDepositSentAgainWithItsKeyAfterItsAnswerWasLostIsCreditedOnce() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        String key = UUID.randomUUID().toString();
        String id = org.ebank.platform.idempotency.IdempotentRequests.operationId("cash_", "atm01", key);
        db.sql("""
                insert into cash_operation (id, system_id, account_id, customer_id, type, amount, region, channel, kind, base_fee, fee,
                    status, created_at)
                values (:id, 'atm01', :account, :customer, 'DEPOSIT', 300.00, '440100', 'ATM', 'SAME_REGION', 0, 0, 'PENDING', :at)""")
                .bind("id", id).bind("account", card.accountId()).bind("customer", card.customerId())
                .bind("at", clock.instant().atOffset(java.time.ZoneOffset.UTC)).then().block();

        cash(card, "DEPOSIT", "300.00", "440100", key).expectStatus().isCreated().expectBody().jsonPath("$.operationId").isEqualTo(id);
        cash(card, "DEPOSIT", "300.00", "440100", key).expectStatus().isCreated().expectBody().jsonPath("$.operationId").isEqualTo(id);
        clock.advance(Duration.ofMinutes(5));
        recoverCash.recover().block();

        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("300.00");
    }

    @Autowired
    org.ebank.transfer.transfer.application.AcceptTransfer acceptTransfer;
    @Autowired
    org.ebank.transfer.transfer.application.RecoverTransfers recoverTransfers;
    @Autowired
    org.ebank.transfer.cash.application.RecoverCashOperations recoverCash;
}
