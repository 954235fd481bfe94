package org.ebank.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ebank.contracts.payment.PaymentTopics;
import org.ebank.infra.test.TestInfra;
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
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * ETC against the real ledger (account-service from its jar): a vehicle bound to a card, the toll operator's month of
 * passages taken once with the card's discount to the fen, a card short of money tried again until a deposit lets it pay
 * (or left unpaid when the retries are spent), the statement as JSON, CSV and PDF, and every bad request refused. The
 * daily retry is a few seconds here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ebank.etc.retry-after=4s", "ebank.etc.debit-interval=500ms"})
class EtcIT {

    private static final String PROBLEMS = "https://api.ebank.example/problems/";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger PLATES = new AtomicInteger((int) (System.nanoTime() % 50_000));

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, EtcIT.class);
        accounts = AccountServiceFixture.start(namespace);
        registry.add("ebank.account.url", accounts::url);
    }

    @AfterAll
    static void stop() {
        accounts.close();
    }

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;
    @Autowired
    Topics topics;
    @Autowired
    Environment environment;

    @BeforeEach
    void patience() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void aMonthOfTollsIsTakenOnceFromTheBoundCardWithTheDiscountToTheFen() throws Exception {
        Card card = accounts.openCard(known(), "XIANGQING", "440100", "1000.00", null);
        String plate = plate();
        bind(card, plate.substring(0, 2) + "·" + plate.substring(2).toLowerCase()).expectStatus().isCreated().expectBody()
                .jsonPath("$.plate").isEqualTo(plate).jsonPath("$.discountRate").isEqualTo("0.95");
        bind(card, plate).expectStatus().isCreated();   // the same binding again, not a second one
        web.get().uri("/api/v1/etc/vehicles").headers(h -> h.setBearerAuth(customer(card))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);

        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        List<Map<String, Object>> tolls = new ArrayList<>();
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal charged = BigDecimal.ZERO;
        for (int i = 0; i < 30; i++) {
            BigDecimal toll = new BigDecimal(5 + i).add(new BigDecimal("0.05").multiply(BigDecimal.valueOf(i % 7)));   // 5.00 to 34.30
            gross = gross.add(toll);
            charged = charged.add(discounted(toll));
            tolls.add(toll("T" + System.nanoTime() + i, plate, month.atDay(1 + i % 28).atTime(8 + i % 12, 15), toll));
        }
        String statementId = "S" + System.nanoTime();
        JsonNode receipt = send(statementId, month, tolls).expectStatus().isAccepted().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        JsonNode debit = receipt.get("debits").get(0);
        assertThat(debit.has("lastRefusal")).as("the operator is not told about the card's money").isFalse();
        assertThat(debit.get("tolls").asInt()).isEqualTo(30);
        assertThat(new BigDecimal(debit.get("gross").asText())).isEqualByComparingTo(gross);
        assertThat(new BigDecimal(debit.get("amount").asText())).as("each passage at 9.5折, rounded to the fen").isEqualByComparingTo(charged);
        String debitId = debit.get("debitId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(debitId)).isEqualTo("PAID"));
        BigDecimal left = new BigDecimal("1000.00").subtract(charged);
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo(left);
        assertThat(legs(debitId + "-1")).as("the card pays its share, the bank the discount, the toll operator is owed the toll")
                .containsExactlyInAnyOrder(card.accountId() + " DEBIT " + charged.setScale(2),
                        "int-etc-discount DEBIT " + gross.subtract(charged).setScale(2), "int-etc-settlement CREDIT " + gross.setScale(2));

        List<Map<String, Object>> reordered = new ArrayList<>(tolls);
        java.util.Collections.reverse(reordered);
        send(statementId, month, reordered).expectStatus().isOk().expectBody().jsonPath("$.repeated").isEqualTo(true)
                .jsonPath("$.debits[0].debitId").isEqualTo(debitId).jsonPath("$.debits[0].status").isEqualTo("PAID");
        List<Map<String, Object>> changed = new ArrayList<>(tolls);
        changed.set(0, toll("T-other-" + System.nanoTime(), plate, month.atDay(2).atTime(9, 0), new BigDecimal("1.00")));
        send(statementId, month, changed).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "statement-conflict");
        send("S" + System.nanoTime(), month, tolls.subList(0, 2)).expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "tolls-already-reported");
        assertThat(accounts.balance(card.accountId(), namespace)).as("nothing taken twice").isEqualByComparingTo(left);

        JsonNode event = events(debitId, 1).get(0);
        assertThat(event.get("type").asText()).isEqualTo(PaymentTopics.ETC_DEBITED);
        assertThat(new BigDecimal(event.get("data").get("discount").asText())).isEqualByComparingTo(gross.subtract(charged));

        String statementUri = "/api/v1/etc/statements/" + month + "?accountId=" + card.accountId();
        web.get().uri(statementUri).headers(h -> h.setBearerAuth(customer(card))).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.passages").isEqualTo(30).jsonPath("$.charged").isEqualTo(charged.toPlainString())
                .jsonPath("$.paid").isEqualTo(charged.toPlainString()).jsonPath("$.tolls").isEqualTo(gross.setScale(2).toPlainString());
        byte[] csv = download(card, statementUri + "&format=csv", "text/csv");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains(plate).contains(charged.toPlainString());
        assertThat(text.lines().count()).as("a header, 30 passages, the totals, the discount, the debit").isEqualTo(34);
        byte[] pdf = download(card, statementUri + "&format=pdf", "application/pdf");
        try (var document = Loader.loadPDF(pdf)) {
            String printed = new PDFTextStripper().getText(document);
            assertThat(printed).contains("ETC通行费月结单").contains(plate).contains(charged.toPlainString());
        }
        Card stranger = accounts.openCard(known(), "STANDARD", "440100", "1.00", null);
        web.get().uri(statementUri).headers(h -> h.setBearerAuth(customer(stranger))).exchange().expectStatus().isNotFound();
    }

    @Test
    void aCardShortOfMoneyIsToldAndTriedAgainAndPaysOnceMoneyComesIn() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "5.00", null);
        String plate = plate();
        bind(card, plate).expectStatus().isCreated();
        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        JsonNode debit = send("S" + System.nanoTime(), month, List.of(
                toll("T" + System.nanoTime() + "a", plate, month.atDay(3).atTime(7, 30), new BigDecimal("30.00")),
                toll("T" + System.nanoTime() + "b", plate, month.atDay(4).atTime(18, 5), new BigDecimal("25.50"))))
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody().get("debits").get(0);
        assertThat(debit.get("amount").asText()).as("no discount on a standard card").isEqualTo("55.50");
        String id = debit.get("debitId").asText();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(refusal(id)).as("no money for it")
                .isEqualTo("INSUFFICIENT_FUNDS"));
        web.get().uri("/api/v1/etc/statements/" + month + "?accountId=" + card.accountId()).headers(h -> h.setBearerAuth(customer(card)))
                .exchange().expectBody().jsonPath("$.debits[0].status").isEqualTo("DUE")
                .jsonPath("$.debits[0].lastRefusal").isEqualTo("INSUFFICIENT_FUNDS").jsonPath("$.debits[0].nextAttemptAt").isNotEmpty();

        accounts.deposit(card.accountId(), "100.00");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(id)).isEqualTo("PAID"));
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("49.50");
        List<JsonNode> told = events(id, 2);
        assertThat(told).extracting(e -> e.get("data").get("status").asText()).containsExactly("REFUSED", "PAID");
    }

    @Test
    void aCardThatNeverHasTheMoneyIsToldEachTimeAndLeftUnpaidAfterThreeRetries() {
        Card card = accounts.openCard(known(), "YIHUITONG", "440100", "1.00", null);
        String plate = plate();
        bind(card, plate).expectStatus().isCreated();
        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        String id = send("S" + System.nanoTime(), month, List.of(toll("T" + System.nanoTime(), plate, month.atDay(9).atTime(10, 0),
                new BigDecimal("20.00")))).expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("debits").get(0).get("debitId").asText();
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(status(id)).isEqualTo("UNPAID"));
        List<JsonNode> told = events(id, 4);
        assertThat(told).extracting(e -> e.get("data").get("status").asText()).containsExactly("REFUSED", "REFUSED", "REFUSED", "UNPAID");
        assertThat(told).extracting(e -> e.get("data").get("attempt").asInt()).containsExactly(1, 2, 3, 4);
        assertThat(told.get(3).get("data").hasNonNull("nextAttemptAt")).as("no more attempts").isFalse();
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("1.00");
        assertThat(query("select count(*) from posting where id like '" + id + "-%' and status = 'REFUSED'"))
                .as("each attempt a posting of its own, refused").isEqualTo("4");
    }

    @Test
    void aStatementOfTwoThousandPassagesIsTakenInOneDebit() {
        Card card = accounts.openCard(known(), "YIHUITONG", "440100", "5000.00", null);
        String plate = plate();
        bind(card, plate).expectStatus().isCreated();
        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        List<Map<String, Object>> tolls = new ArrayList<>();
        String run = "B" + System.nanoTime();
        for (int i = 0; i < 2000; i++) {
            tolls.add(toll(run + "-" + i, plate, month.atDay(1 + i % 28).atTime(6 + i % 16, i % 60), new BigDecimal("1.10")));
        }
        String id = send("S" + System.nanoTime(), month, tolls).expectStatus().isAccepted().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("debits").get(0).get("debitId").asText();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status(id)).isEqualTo("PAID"));
        assertThat(accounts.balance(card.accountId(), namespace)).as("1.10 less 0.055, rounded to 0.06 off: 1.04 each")
                .isEqualByComparingTo(new BigDecimal("5000.00").subtract(new BigDecimal("2080.00")));
    }

    @Test
    void badRequestsAreRefusedInWordsAndChangeNothing() {
        Card card = accounts.openCard(known(), "STANDARD", "440100", "100.00", null);
        Card other = accounts.openCard(known(), "STANDARD", "440100", "100.00", null);
        String plate = plate();
        bind(card, "粤I12345").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("plate");
        bind(card, "ABC1234").expectStatus().isBadRequest();
        web.post().uri("/api/v1/etc/vehicles").headers(h -> h.setBearerAuth(customer(card))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("plate", plate, "accountId", other.accountId())).exchange().expectStatus().isNotFound();
        bind(card, plate).expectStatus().isCreated();
        bind(other, plate).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "plate-already-bound");
        bind(card, plate()).expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "card-has-vehicle");

        YearMonth month = YearMonth.now(SHANGHAI).minusMonths(1);
        send("S" + System.nanoTime(), month, List.of(toll("T" + System.nanoTime(), "粤A1234", month.atDay(1).atTime(9, 0),
                BigDecimal.TEN))).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("tolls[0].plate");
        send("S" + System.nanoTime(), month, List.of(toll("T" + System.nanoTime(), plate, month.plusMonths(1).atDay(1).atTime(7, 59),
                BigDecimal.TEN))).expectStatus().isBadRequest()   // the next month in Shanghai, still this one in UTC
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("tolls[0].exitedAt");
        LocalDateTime soon = LocalDateTime.now(SHANGHAI).plusMinutes(30);
        send("S" + System.nanoTime(), YearMonth.from(soon), List.of(toll("T" + System.nanoTime(), plate, soon, BigDecimal.TEN)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("tolls[0].exitedAt");
        send("S" + System.nanoTime(), month, List.of(toll("T" + System.nanoTime(), plate, month.atDay(1).atTime(9, 0),
                new BigDecimal("1.001")))).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("tolls[0].amount");
        String unbound = plate();
        send("S" + System.nanoTime(), month, List.of(toll("T" + System.nanoTime(), unbound, month.atDay(1).atTime(7, 59), BigDecimal.TEN)))
                // the month's first morning in Shanghai, the month before in UTC
                .expectStatus().isAccepted().expectBody().jsonPath("$.unboundPlates[0]").isEqualTo(unbound).jsonPath("$.debits.length()").isEqualTo(0);
        web.post().uri("/api/v1/partner/etc/statements").headers(h -> h.setBearerAuth(customer(card))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("statementId", "S1", "month", month.toString(), "tolls", List.of())).exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/corporate/etc/vehicles").headers(h -> h.setBearerAuth(TestJwts.operator("opr_1", "ent_1", "MAKER")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("plate", plate(), "accountId", card.accountId()))
                .exchange().expectStatus().isForbidden();
        web.post().uri("/api/v1/corporate/etc/vehicles").headers(h -> h.setBearerAuth(TestJwts.operator("opr_1", "ent_1", "ADMIN")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("plate", plate(), "accountId", card.accountId()))
                .exchange().expectStatus().isNotFound();   // a customer's card is no enterprise's
        assertThat(accounts.balance(card.accountId(), namespace)).isEqualByComparingTo("100.00");
    }

    private WebTestClient.ResponseSpec bind(Card card, String plate) {
        return web.post().uri("/api/v1/etc/vehicles").headers(h -> h.setBearerAuth(customer(card))).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("plate", plate, "accountId", card.accountId())).exchange();
    }

    private WebTestClient.ResponseSpec send(String statementId, YearMonth month, List<Map<String, Object>> tolls) {
        return web.post().uri("/api/v1/partner/etc/statements").headers(h -> h.setBearerAuth(tollOperator()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("statementId", statementId, "month", month.toString(), "tolls", tolls)).exchange();
    }

    private byte[] download(Card card, String uri, String type) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(customer(card))).exchange().expectStatus().isOk()
                .expectHeader().value("Content-Disposition", d -> assertThat(d).startsWith("attachment"))
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType(type))
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private String status(String debitId) {
        return db.sql("select status from etc_debit where id = :id").bind("id", debitId).map(row -> row.get(0, String.class)).one().block();
    }

    private static Map<String, Object> toll(String id, String plate, LocalDateTime at, BigDecimal amount) {
        return Map.of("tollId", id, "plate", plate, "entry", "广州北", "exit", "佛山西", "exitedAt",
                at.atZone(SHANGHAI).toOffsetDateTime().toString(), "amount", amount.toPlainString());
    }

    /** A plate of its own for each vehicle: 粤B then five digits. */
    private static String plate() {
        return "粤B" + String.format("%05d", PLATES.incrementAndGet() % 100_000);
    }

    private static String customer(Card card) {
        return TestJwts.customer(card.customerId(), "MOBILE");
    }

    private static String tollOperator() {
        return TestJwts.token("etc-operator", List.of("PARTNER"), null, null, Duration.ofMinutes(15));
    }

    /** What the card pays for a toll on a discounted card: the 5 % off rounded to the fen, half up (a tie is the customer's). */
    private static BigDecimal discounted(BigDecimal toll) {
        return toll.subtract(toll.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP));
    }

    private String refusal(String debitId) {
        return db.sql("select coalesce(last_refusal, '') from etc_debit where id = :id").bind("id", debitId)
                .map(row -> row.get(0, String.class)).one().block();
    }

    /** The legs of a ledger posting, "account DIRECTION amount". */
    private static List<String> legs(String postingId) {
        try (var connection = java.sql.DriverManager.getConnection(accounts.jdbcUrl(namespace), "postgres", "");
             var rows = connection.createStatement().executeQuery("select account_id, direction, amount from entry where posting_id = '"
                     + postingId + "'")) {
            List<String> legs = new ArrayList<>();
            while (rows.next()) {
                legs.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getBigDecimal(3).toPlainString());
            }
            return legs;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(String sql) {
        try (var connection = java.sql.DriverManager.getConnection(accounts.jdbcUrl(namespace), "postgres", "");
             var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The debit's events, exactly {@code count} of them, in order. */
    private List<JsonNode> events(String debitId, int count) {
        String servers = environment.getProperty("spring.kafka.bootstrap-servers");
        assertThat(TopicReader.read(servers, topics.name(PaymentTopics.ETC), count, r -> r.value().contains(debitId), Duration.ofSeconds(30)))
                .hasSize(count);
        var records = TopicReader.read(servers, topics.name(PaymentTopics.ETC), count + 1, r -> r.value().contains(debitId),
                Duration.ofSeconds(3));
        assertThat(records).as("and no more").hasSize(count);
        ObjectMapper json = new ObjectMapper();
        return records.stream().map(r -> {
            try {
                return json.readTree(r.value());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private Predicate<String> known() {
        return accountId -> Boolean.TRUE.equals(db.sql("select count(*) from card where account_id = :id").bind("id", accountId)
                .map(row -> row.get(0, Long.class) == 1).one().block());
    }
}
