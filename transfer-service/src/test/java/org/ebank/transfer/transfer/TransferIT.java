package org.ebank.transfer.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.platform.testing.TopicReader;
import org.ebank.platform.testing.AccountServiceFixture.Card;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Transfers rule by rule at their boundaries: fees, free uses, limits, step-up, idempotency, privacy. */
class TransferIT extends TransferServiceIT {

    @Test
    void theTwelfthScheduledXiangqingRunOfAYearIsFreeTheThirteenthPaysAndTheCountRestartsOnFirstJanuary() {
        Card xiangqing = accounts.openCard(known(), "XIANGQING", "410100", "50000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        clock.set(LocalDateTime.of(2026, 12, 31, 23, 50));
        for (int i = 1; i <= 13; i++) {
            JsonNode quote = api.quote(xiangqing, payee, "1000.00", "MOBILE", true, null);
            assertThat(quote.get("fee").asText()).as("a schedule's quote " + i).isEqualTo("0.00");
            assertThat(quote.get("waiver").get("remainingFreeUses").asInt()).as("reserves nothing").isEqualTo(11);
        }
        for (int i = 1; i <= 12; i++) {
            assertThat(api.runScheduled(xiangqing, payee, "1000.00").fee().toString()).as("scheduled run " + i).isEqualTo("0.00");
        }
        JsonNode afterTwelve = api.quote(xiangqing, payee, "1000.00", "MOBILE", true, null);
        assertThat(afterTwelve.get("fee").asText()).isEqualTo("5.00");
        assertThat(afterTwelve.get("waiver").isNull()).isTrue();
        assertThat(api.runScheduled(xiangqing, payee, "1000.00").fee().toString()).as("the thirteenth run").isEqualTo("5.00");

        clock.set(LocalDateTime.of(2026, 12, 31, 23, 59, 59));
        assertThat(api.quote(xiangqing, payee, "1000.00", "MOBILE", true, null).get("fee").asText()).as("not before midnight").isEqualTo("5.00");
        clock.set(LocalDateTime.of(2027, 1, 1, 0, 0));
        JsonNode newYear = api.quote(xiangqing, payee, "1000.00", "MOBILE", true, null);
        assertThat(newYear.get("fee").asText()).isEqualTo("0.00");
        assertThat(newYear.get("waiver").get("remainingFreeUses").asInt()).isEqualTo(11);

        assertThat(accounts.balance(xiangqing.accountId(), namespace)).isEqualByComparingTo("36995.00");
        assertThat(accounts.balance(payee.accountId(), namespace)).isEqualByComparingTo("13000.00");
    }

    @Test
    void aQuoteNobodyConfirmsGivesItsFreeUseBackWhenTheCustomerQuotesAgainOrCancelsIt() {
        Card parent = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        Card qingnian = accounts.openCard(known(), "QINGNIAN", "440100", "5000.00", parent.accountId());
        JsonNode first = api.quote(qingnian, parent, "100.00", "MOBILE", false, null);
        JsonNode second = api.quote(qingnian, parent, "100.00", "MOBILE", false, null);
        assertThat(second.get("fee").asText()).isEqualTo("0.00");
        assertThat(second.get("waiver").get("remainingFreeUses").asInt()).as("the first quote's free use came back").isEqualTo(2);
        api.post(qingnian, "MOBILE", UUID.randomUUID().toString(), Map.of("quoteId", first.get("quoteId").asText(), "otp", "000000"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/quote-superseded");
        assertThat(api.confirm(qingnian, second, "MOBILE").get("fee").asText()).isEqualTo("0.00");

        JsonNode third = api.quote(qingnian, parent, "100.00", "MOBILE", false, null);
        assertThat(third.get("waiver").get("remainingFreeUses").asInt()).isEqualTo(1);
        api.cancel(qingnian, third.get("quoteId").asText()).expectStatus().isNoContent();
        api.cancel(qingnian, third.get("quoteId").asText()).expectStatus().isNoContent(); // twice is once
        api.post(qingnian, "MOBILE", UUID.randomUUID().toString(), Map.of("quoteId", third.get("quoteId").asText()))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/quote-cancelled");
        assertThat(api.quote(qingnian, parent, "100.00", "MOBILE", false, null).get("waiver").get("remainingFreeUses").asInt())
                .as("the cancelled quote's free use is back").isEqualTo(1);
        api.cancel(qingnian, second.get("quoteId").asText()).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/quote-used");
        api.cancel(parent, third.get("quoteId").asText()).expectStatus().isNotFound(); // someone else's quote
        assertThat(accounts.balance(qingnian.accountId(), namespace)).isEqualByComparingTo("4900.00");
    }

    @Test
    void aQingnianCardAsPayeeWithTheFeeChargedToItUsesItsScheduledQuota() {
        Card own = accounts.openCard(known(), "STANDARD", "410100", "5000.00", null);
        Card qingnian = accounts.openCard(known(), own.customerId(), "QINGNIAN", "440100", "100.00", null);
        JsonNode quote = api.quote(own, qingnian, "800.00", "NETBANK", true, qingnian.accountId());
        assertThat(quote.get("fee").asText()).isEqualTo("0.00");
        assertThat(quote.get("waiver").get("rule").asText()).isEqualTo("QINGNIAN_SCHEDULED_CROSS_REGION");
        assertThat(quote.get("waiver").get("remainingFreeUses").asInt()).isEqualTo(11);
        assertThat(api.quote(own, qingnian, "800.00", "NETBANK", false, qingnian.accountId()).get("fee").asText())
                .as("not scheduled: the base fee").isEqualTo("4.00");
    }

    @Test
    void theFourthFamilyTransferOfAMonthPays() {
        Card parent = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        Card qingnian = accounts.openCard(known(), "QINGNIAN", "440100", "5000.00", parent.accountId());
        for (int i = 1; i <= 3; i++) {
            JsonNode transfer = api.pay(qingnian, parent, "500.00", "MOBILE");
            assertThat(transfer.get("fee").asText()).as("family transfer " + i).isEqualTo("0.00");
            assertThat(transfer.get("status").asText()).isEqualTo("COMPLETED");
        }
        JsonNode fourth = api.pay(qingnian, parent, "500.00", "MOBILE");
        assertThat(fourth.get("fee").asText()).isEqualTo("2.50");
        assertThat(accounts.balance(qingnian.accountId(), namespace)).isEqualByComparingTo("2997.50");
        clock.set(LocalDateTime.of(2026, 12, 1, 0, 0));
        assertThat(api.quote(qingnian, parent, "500.00", "MOBILE", false, null).get("fee").asText()).as("a new month").isEqualTo("0.00");
    }

    @Test
    void yihuitongStarsHalveOrWaiveTheInterbankFee() {
        Card merchant = accounts.openCard(known(), "YIHUITONG", "440100", "60000.00", null);
        awaitStars(merchant, 1);
        assertThat(api.interbankQuote(merchant, "20000.00", "NETBANK").get("fee").asText()).isEqualTo("5.00");
        accounts.deposit(merchant.accountId(), "150000.00");
        awaitStars(merchant, 2);
        JsonNode twoStars = api.interbankQuote(merchant, "20000.00", "NETBANK");
        assertThat(twoStars.get("fee").asText()).isEqualTo("0.00");
        assertThat(twoStars.get("waiver").get("rule").asText()).isEqualTo("YIHUITONG_STAR_INTERBANK");
    }

    @Test
    void mobileInterbankIsFreeWhileTheSameFromNetbankPaysTheTierAndSameRegionIsAlwaysFree() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "90000.00", null);
        Card neighbour = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        assertThat(api.interbankQuote(card, "20000.00", "MOBILE").get("fee").asText()).isEqualTo("0.00");
        assertThat(api.interbankQuote(card, "20000.00", "NETBANK").get("fee").asText()).isEqualTo("10.00");
        JsonNode sameRegion = api.quote(card, neighbour, "40000.00", "NETBANK", false, null);
        assertThat(sameRegion.get("kind").asText()).isEqualTo("SAME_REGION");
        assertThat(sameRegion.get("fee").asText()).isEqualTo("0.00");

        JsonNode interbank = api.confirm(card, api.interbankQuote(card, "3000.00", "NETBANK"), "NETBANK");
        assertThat(interbank.get("status").asText()).isEqualTo("PENDING_CLEARING");
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("86995.00");
    }

    @Test
    void aFailedTransferGivesTheFreeUseBack() {
        Card parent = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        Card qingnian = accounts.openCard(known(), "QINGNIAN", "440100", "100.00", parent.accountId());
        JsonNode tooMuch = api.quote(qingnian, parent, "500.00", "MOBILE", false, null);
        assertThat(tooMuch.get("waiver").get("remainingFreeUses").asInt()).isEqualTo(2);
        JsonNode failed = api.confirm(qingnian, tooMuch, "MOBILE");
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failureReason").asText()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(api.quote(qingnian, parent, "50.00", "MOBILE", false, null).get("waiver").get("remainingFreeUses").asInt())
                .as("the failed transfer's free use is back").isEqualTo(2);
        assertThat(accounts.balance(qingnian.accountId(), namespace)).isEqualByComparingTo("100.00");
    }

    @Test
    void aQuoteWhoseCodesAreSpentGivesItsFreeUseBackAtOnce() {
        Card parent = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        Card qingnian = accounts.openCard(known(), "QINGNIAN", "440100", "5000.00", parent.accountId());
        JsonNode quote = api.quote(qingnian, parent, "100.00", "MOBILE", false, null);
        assertThat(quote.get("otpRequired").asBoolean()).as("a payee never paid before").isTrue();
        assertThat(familyUsesLeft(qingnian)).as("held for the quote").isEqualTo(2);
        api.requestOtp(qingnian, quote, "MOBILE");
        String wrong = api.otpFor(quote.get("quoteId").asText()).equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            api.post(qingnian, "MOBILE", UUID.randomUUID().toString(), Map.of("quoteId", quote.get("quoteId").asText(), "otp", wrong))
                    .expectStatus().isEqualTo(422);
        }
        assertThat(familyUsesLeft(qingnian)).as("the quote is dead: its free use is back").isEqualTo(3);
    }

    private int familyUsesLeft(Card card) {
        JsonNode benefits = web.get().uri("/api/v1/accounts/{id}/fee-benefits", card.accountId())
                .headers(h -> h.setBearerAuth(CustomerSide.token(card, "MOBILE"))).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return benefits.get("items").findParents("rule").stream()
                .filter(item -> item.get("rule").asText().equals("QINGNIAN_FAMILY_CROSS_REGION")).findFirst()
                .orElseThrow().get("remainingFreeUses").asInt();
    }

    @Test
    void twentyConcurrentTransfersRaceForTheLastFreeUseAndExactlyOneIsFree() {
        Card parent = accounts.openCard(known(), "STANDARD", "410100", "0", null);
        Card qingnian = accounts.openCard(known(), "QINGNIAN", "440100", "20000.00", parent.accountId());
        api.pay(qingnian, parent, "100.00", "MOBILE");
        api.pay(qingnian, parent, "100.00", "MOBILE");

        List<JsonNode> quotes = Flux.range(0, 20)
                .flatMap(i -> Mono.fromCallable(() -> api.quote(qingnian, parent, "400.00", "MOBILE", false, null))
                        .subscribeOn(Schedulers.boundedElastic()), 20)
                .collectList().block();
        assertThat(quotes.stream().filter(q -> q.get("fee").asText().equals("0.00")).count()).isPositive();
        List<JsonNode> answers = Flux.fromIterable(quotes)
                .flatMap(q -> Mono.fromCallable(() -> api.post(qingnian, "MOBILE", UUID.randomUUID().toString(),
                                Map.of("quoteId", q.get("quoteId").asText())).expectBody(JsonNode.class).returnResult().getResponseBody())
                        .subscribeOn(Schedulers.boundedElastic()), 20)
                .collectList().block();
        List<JsonNode> transfers = answers.stream().filter(a -> a.has("transferId")).toList();
        assertThat(answers.stream().filter(a -> !a.has("transferId")).map(a -> a.get("type").asText()))
                .as("a free quote another quote superseded is refused, not charged")
                .allMatch(type -> type.endsWith("/quote-superseded"));
        assertThat(transfers.stream().filter(t -> t.get("fee").asText().equals("0.00")).count()).isOne();
        assertThat(accounts.balance(qingnian.accountId(), namespace))
                .isEqualByComparingTo(new BigDecimal("19800.00").subtract(new BigDecimal(transfers.size() * 400 + (transfers.size() - 1) * 2)));
    }

    @Test
    void fiftyConcurrentIdenticalRequestsMakeOneTransferAndAnotherBodyWithTheSameKeyIsRefused() {
        Card payer = accounts.openCard(known(), "STANDARD", "440100", "1000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        api.pay(payer, payee, "1.00", "NETBANK");
        JsonNode quote = api.quote(payer, payee, "100.00", "NETBANK", false, null);
        String key = UUID.randomUUID().toString();
        Set<Integer> statuses = Flux.range(0, 50)
                .flatMap(i -> Mono.fromCallable(() -> api.post(payer, "NETBANK", key, Map.of("quoteId", quote.get("quoteId").asText()))
                        .returnResult(String.class).getStatus().value()).subscribeOn(Schedulers.boundedElastic()), 50)
                .collect(Collectors.toSet()).block();
        assertThat(statuses).isSubsetOf(201, 409).contains(201);
        assertThat(accounts.balance(payee.accountId(), namespace)).isEqualByComparingTo("101.00");
        api.post(payer, "NETBANK", key, Map.of("quoteId", "q_other")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/idempotency-key-reused");
        api.post(payer, "NETBANK", null, Map.of("quoteId", quote.get("quoteId").asText())).expectStatus().isBadRequest();
    }

    @Test
    void overLimitAndWrongOtpsAreRefusedAndMoveNoMoney() {
        Card payer = accounts.openCard(known(), "STANDARD", "440100", "300000.00", null);
        Card payee = accounts.openCard(known(), "STANDARD", "440100", "0", null);
        api.quoteSpec(payer, payee, "50000.01", "MOBILE", false, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/over-single-limit");
        for (int i = 0; i < 4; i++) {
            api.pay(payer, payee, "50000.00", "MOBILE");
        }
        api.quoteSpec(payer, payee, "0.01", "MOBILE", false, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/over-daily-limit");
        assertThat(api.quote(payer, payee, "0.01", "NETBANK", false, null).get("fee").asText()).as("netbank has its own limit")
                .isEqualTo("0.00");

        JsonNode bigOne = api.quote(payer, payee, "6000.00", "NETBANK", false, null);
        assertThat(bigOne.get("otpRequired").asBoolean()).isTrue();
        api.requestOtp(payer, bigOne, "NETBANK");
        String code = api.otpFor(bigOne.get("quoteId").asText());
        String wrong = code.equals("000000") ? "111111" : "000000";
        api.post(payer, "NETBANK", UUID.randomUUID().toString(), Map.of("quoteId", bigOne.get("quoteId").asText())).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/otp-required");
        for (int remaining = 2; remaining >= 1; remaining--) {
            api.post(payer, "NETBANK", UUID.randomUUID().toString(), Map.of("quoteId", bigOne.get("quoteId").asText(), "otp", wrong))
                    .expectStatus().isEqualTo(422).expectBody().jsonPath("$.remainingTries").isEqualTo(remaining);
        }
        api.post(payer, "NETBANK", UUID.randomUUID().toString(), Map.of("quoteId", bigOne.get("quoteId").asText(), "otp", wrong))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/otp-exhausted");
        api.post(payer, "NETBANK", UUID.randomUUID().toString(), Map.of("quoteId", bigOne.get("quoteId").asText(), "otp", code))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/otp-exhausted");
        assertThat(accounts.balance(payee.accountId(), namespace)).isEqualByComparingTo("200000.00");
    }

    @Test
    void aCustomerSeesOnlyTheirOwnCardsAndTransfers() {
        Card mine = accounts.openCard(known(), "STANDARD", "440100", "100.00", null);
        Card theirs = accounts.openCard(known(), "STANDARD", "440100", "100.00", null);
        JsonNode transfer = api.pay(mine, theirs, "1.00", "MOBILE");
        api.quoteSpec(theirs, mine, "1.00", "MOBILE", false, null).expectStatus().isCreated();
        web.post().uri("/api/v1/transfers/quotes").headers(h -> h.setBearerAuth(CustomerSide.token(mine, "MOBILE")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(api.body(theirs, mine, "1.00", false, null)).exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/transfers/{id}", transfer.get("transferId").asText()).headers(h -> h.setBearerAuth(CustomerSide.token(theirs, "MOBILE")))
                .exchange().expectStatus().isNotFound();
        web.get().uri("/api/v1/transfers/{id}", transfer.get("transferId").asText()).headers(h -> h.setBearerAuth(CustomerSide.token(mine, "MOBILE")))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("COMPLETED");
        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(TransferTopics.TRANSFER), 1,
                r -> r.value().contains(transfer.get("transferId").asText()), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains(TransferTopics.TRANSFER_COMPLETED).doesNotContain(theirs.cardNumber());
    }


    private void awaitStars(Card card, int stars) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> directory.byAccountId(card.accountId()).block().starLevel() == stars);
    }
}
