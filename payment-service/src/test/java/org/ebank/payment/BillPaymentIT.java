package org.ebank.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.ebank.biller.BillerSimulator;
import org.ebank.contracts.payment.PaymentTopics;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.AccountServiceFixture;
import org.ebank.platform.testing.AccountServiceFixture.Card;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Bills paid against the real ledger (account-service from its jar) and the biller simulator: paid once whatever is
 * repeated, refused by the biller with the money released, finished by recovery after the biller's answer was lost, and
 * every bad request refused with nothing held.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebank.billers.timeout=1s", "ebank.payments.recovery-grace=1s", "ebank.payments.recovery-interval=1s"})
class BillPaymentIT {

    private static final String PROBLEMS = "https://api.ebank.example/problems/";

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;
    private static BillerSimulator billers;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) throws Exception {
        namespace = ServiceTest.register(registry, BillPaymentIT.class);
        accounts = AccountServiceFixture.start(namespace);
        billers = BillerSimulator.start(0, Duration.ofSeconds(2));
        registry.add("ebank.account.url", accounts::url);
        registry.add("ebank.billers.url", billers::url);
    }

    @AfterAll
    static void stop() {
        accounts.close();
        billers.close();
    }

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    Topics topics;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    org.springframework.core.env.Environment environment;

    @BeforeEach
    void patience() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void aBillIsPaidOnceFromTheCardWithTheBillerNamedOnTheStatementAndThenReadsPaid() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "1000.00", null);
        String number = "5100" + String.format("%06d", System.nanoTime() % 1_000_000);
        String due = BillerSimulator.amountDue("GZ-POWER", number).toPlainString();
        web.get().uri("/api/v1/billers").headers(h -> h.setBearerAuth(customer(card))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.code == 'GZ-POWER')].name").isEqualTo("广州供电局");
        lookUp(card, "GZ-POWER", number).expectStatus().isOk().expectBody()
                .jsonPath("$.amountDue").isEqualTo(due).jsonPath("$.paid").isEqualTo(false).jsonPath("$.billerName").isEqualTo("广州供电局");

        String key = UUID.randomUUID().toString();
        JsonNode paid = pay(card, "GZ-POWER", number, due, key).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(paid.get("status").asText()).isEqualTo("PAID");
        JsonNode again = pay(card, "GZ-POWER", number, due, key).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        assertThat(again.get("paymentId").asText()).as("the same request, the same payment").isEqualTo(paid.get("paymentId").asText());

        BigDecimal left = new BigDecimal("1000.00").subtract(new BigDecimal(due));
        assertThat(ledger(card)).as("balance and available: taken once, nothing left held").containsExactly(left, left);
        assertThat(counterparties(card)).as("the statement names the biller and the customer number's last four")
                .containsExactly("广州供电局 电费 户号尾号" + number.substring(number.length() - 4));
        lookUp(card, "GZ-POWER", number).expectStatus().isOk().expectBody().jsonPath("$.paid").isEqualTo(true)
                .jsonPath("$.amountDue").isEqualTo("0.00");
        pay(card, "GZ-POWER", number, due, UUID.randomUUID().toString()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "bill-already-paid");

        JsonNode event = event(paid.get("paymentId").asText());
        assertThat(event.get("type").asText()).isEqualTo(PaymentTopics.BILL_PAID);
        assertThat(event.get("data").get("billerName").asText()).isEqualTo("广州供电局");
        assertThat(event.get("data").get("amount").asText()).isEqualTo(due);
        assertThat(event.get("data").toString()).as("the customer number by its last four only").doesNotContain(number);
        web.get().uri("/api/v1/bill-payments").headers(h -> h.setBearerAuth(customer(card))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].status").isEqualTo("PAID");
    }

    @Test
    void aPaymentTheBillerRefusesIsRecordedAndItsMoneyReleased() {
        Card card = accounts.openCard(known(), "XIANGQING", "440100", "500.00", null);
        String number = "52" + String.format("%06d", System.nanoTime() % 1_000_000) + "4444";
        String due = BillerSimulator.amountDue("GZ-WATER", number).toPlainString();
        JsonNode refused = pay(card, "GZ-WATER", number, due, UUID.randomUUID().toString()).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(refused.get("status").asText()).isEqualTo("REFUSED");
        assertThat(refused.get("failureReason").asText()).contains("户号已停用");
        assertThat(ledger(card)).as("nothing taken, nothing held").containsExactly(new BigDecimal("500.00"), new BigDecimal("500.00"));
        JsonNode event = event(refused.get("paymentId").asText());
        assertThat(event.get("type").asText()).isEqualTo(PaymentTopics.BILL_REFUSED);
        assertThat(event.get("data").get("reason").asText()).contains("户号已停用");
    }

    @Test
    void aPaymentWhoseAnswerWasLostIsHeldThenFinishedByRecoveryOnce() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "800.00", null);
        String number = "53" + String.format("%06d", System.nanoTime() % 1_000_000) + "7777";
        String due = BillerSimulator.amountDue("GD-MOBILE", number).toPlainString();
        JsonNode processing = pay(card, "GD-MOBILE", number, due, UUID.randomUUID().toString()).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(processing.get("status").asText()).as("the biller's answer did not come in time").isEqualTo("PROCESSING");
        BigDecimal left = new BigDecimal("800.00").subtract(new BigDecimal(due));
        assertThat(ledger(card).get(1)).as("the money is held meanwhile").isEqualByComparingTo(left);
        pay(card, "GD-MOBILE", number, due, UUID.randomUUID().toString()).expectStatus().value(status -> assertThat(status)
                .as("a second payment of the bill, with another key, while the first is under way (or once it is paid)")
                .isIn(409, 422));

        String id = processing.get("paymentId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> web.get().uri("/api/v1/bill-payments/{id}", id)
                .headers(h -> h.setBearerAuth(customer(card))).exchange().expectBody().jsonPath("$.status").isEqualTo("PAID"));
        assertThat(ledger(card)).containsExactly(left, left);
        assertThat(counterparties(card)).hasSize(1);
        assertThat(event(id).get("type").asText()).as("one outcome, told once").isEqualTo(PaymentTopics.BILL_PAID);
    }

    @Test
    void badRequestsAreRefusedInWordsAndHoldNothing() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "10.00", null);
        Card someoneElse = accounts.openCard(known(), "STANDARD", "440100", "5000.00", null);
        String number = "5400" + String.format("%06d", System.nanoTime() % 1_000_000);
        String due = BillerSimulator.amountDue("GZ-GAS", number).toPlainString();

        lookUp(card, "NO-SUCH", number).expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "unknown-biller");
        lookUp(card, "GZ-GAS", "5400990000").expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "unknown-bill");
        lookUp(card, "GZ-GAS", "12ab").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("customerNumber");
        pay(card, "GZ-GAS", number, "0.01", UUID.randomUUID().toString()).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "amount-not-the-bills").jsonPath("$.amountDue").isEqualTo(due);
        pay(card, "GZ-GAS", number, "1.001", UUID.randomUUID().toString()).expectStatus().isBadRequest();
        web.post().uri("/api/v1/bill-payments").headers(h -> {
                    h.setBearerAuth(customer(card));
                    h.add("Idempotency-Key", UUID.randomUUID().toString());
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("billerCode", "GZ-GAS", "customerNumber", number, "accountId", someoneElse.accountId(), "amount", due))
                .exchange().expectStatus().isNotFound();
        pay(card, "GZ-GAS", number, due, UUID.randomUUID().toString()).expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "insufficient-funds");
        assertThat(ledger(card)).containsExactly(new BigDecimal("10.00"), new BigDecimal("10.00"));
        assertThat(ledger(someoneElse)).containsExactly(new BigDecimal("5000.00"), new BigDecimal("5000.00"));
        web.get().uri("/api/v1/billers").headers(h -> h.setBearerAuth(TestJwts.staff("staff01"))).exchange().expectStatus().isForbidden();
    }

    private WebTestClient.ResponseSpec lookUp(Card card, String biller, String number) {
        return web.get().uri("/api/v1/billers/{biller}/bills/{number}", biller, number).headers(h -> h.setBearerAuth(customer(card)))
                .exchange();
    }

    private WebTestClient.ResponseSpec pay(Card card, String biller, String number, String amount, String key) {
        return web.post().uri("/api/v1/bill-payments").headers(h -> {
                    h.setBearerAuth(customer(card));
                    h.add("Idempotency-Key", key);
                }).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("billerCode", biller, "customerNumber", number, "accountId", card.accountId(), "amount", amount))
                .exchange();
    }

    private static String customer(Card card) {
        return TestJwts.customer(card.customerId(), "MOBILE");
    }

    /** The card's balance and what is available of it (the balance less what is held), on the ledger. */
    private static List<BigDecimal> ledger(Card card) {
        return query("select balance, balance - held from account where id = '" + card.accountId() + "'", 2);
    }

    /** Who the card's statement names on each debit of a bill payment. */
    private static List<String> counterparties(Card card) {
        try (var connection = DriverManager.getConnection(accounts.jdbcUrl(namespace), "postgres", "");
             var rows = connection.createStatement().executeQuery("select e.counterparty from entry e join posting p on p.id = e.posting_id"
                     + " where e.account_id = '" + card.accountId() + "' and p.kind = 'BILL_PAYMENT'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BigDecimal> query(String sql, int columns) {
        try (var connection = DriverManager.getConnection(accounts.jdbcUrl(namespace), "postgres", "");
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            List<BigDecimal> values = new java.util.ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                values.add(rows.getBigDecimal(i));
            }
            return values;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payment's outcome event, as published: once. */
    private JsonNode event(String paymentId) {
        String servers = environment.getProperty("spring.kafka.bootstrap-servers");
        assertThat(TopicReader.read(servers, topics.name(PaymentTopics.BILL), 1, record -> record.value().contains(paymentId),
                Duration.ofSeconds(30))).as("the outcome is published").hasSize(1);
        var records = TopicReader.read(servers, topics.name(PaymentTopics.BILL), 2, record -> record.value().contains(paymentId),
                Duration.ofSeconds(3));
        assertThat(records).as("and published once").hasSize(1);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(records.get(0).value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Predicate<String> known() {
        return accountId -> Boolean.TRUE.equals(db.sql("select count(*) from card where account_id = :id").bind("id", accountId)
                .map(row -> row.get(0, Long.class) == 1).one().block());
    }
}
