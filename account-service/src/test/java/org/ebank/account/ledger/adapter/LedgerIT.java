package org.ebank.account.ledger.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerIT {

    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, LedgerIT.class);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    TokenIssuer tokens;
    @Autowired
    DatabaseClient db;
    @Autowired
    Topics topics;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private String service;
    private String test;

    @BeforeEach
    void setUp() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        service = tokens.issue("transfer-service", List.of("SERVICE"), null, null).accessToken();
        test = "t" + System.nanoTime();
        db.sql("insert into customer (id, name, resident_id, phone, birth_date, registered_at) "
                + "values (:id, '测试', :rid, '13800000000', '1990-01-01', now())")
                .bind("id", test).bind("rid", test).then().block();
    }

    @Test
    void aThousandConcurrentPostingsOverTenAccountsConserveMoneyToTheFen() {
        List<String> accounts = IntStream.range(0, 10).mapToObj(i -> openAccount("1000.00")).toList();
        Random random = new Random(42);
        List<Map<String, Object>> postings = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String from = accounts.get(random.nextInt(10));
            String to = accounts.get(random.nextInt(10));
            String amount = BigDecimal.valueOf(1 + random.nextInt(30000), 2).toPlainString();
            postings.add(transfer(test + "-" + i, from, to, amount));
        }
        Map<Integer, Long> statuses = Flux.fromIterable(postings)
                .flatMap(body -> Mono.fromCallable(() -> post(body).returnResult(Void.class).getStatus().value())
                        .subscribeOn(Schedulers.boundedElastic()), 32)
                .collect(Collectors.groupingBy(status -> status, Collectors.counting()))
                .block();
        assertThat(statuses.keySet()).as("recorded or refused for funds, never an error").isSubsetOf(201, 422);

        List<BigDecimal> balances = accounts.stream().map(this::balance).toList();
        assertThat(balances.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("10000.00");
        assertThat(balances).allSatisfy(b -> assertThat(b).isGreaterThanOrEqualTo(BigDecimal.ZERO));
        for (String account : accounts) {
            assertThat(balance(account)).as("balance of " + account + " equals the sum of its entries")
                    .isEqualByComparingTo(sumOfEntries(account));
        }
        assertThat(count("select count(*) from posting where id like '" + test + "-%' and status = 'RECORDED'"))
                .as("most transfers went through").isGreaterThan(500);
        assertThat(count("select count(*) from posting where id like '" + test + "-%'")).isEqualTo(1000);
    }

    @Test
    void fiftyConcurrentRetriesOfOnePostingRecordItOnce() {
        String a = openAccount("100.00");
        String b = openAccount("0.00");
        Map<String, Object> body = transfer(test + "-once", a, b, "60.00");
        List<String> responses = Flux.range(0, 50)
                .flatMap(i -> Mono.fromCallable(() -> web.post().uri("/internal/ledger/postings")
                        .headers(h -> h.setBearerAuth(service)).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                        .exchange().expectStatus().value(s -> assertThat(s).isIn(200, 201))
                        .expectBody(JsonNode.class).returnResult().getResponseBody().get("entries").toString())
                        .subscribeOn(Schedulers.boundedElastic()), 50)
                .collectList().block();

        assertThat(Set.copyOf(responses)).as("every retry gets the first result").hasSize(1);
        assertThat(count("select count(*) from posting where id = '" + test + "-once'")).isOne();
        assertThat(balance(a)).isEqualByComparingTo("40.00");
        assertThat(balance(b)).isEqualByComparingTo("60.00");
    }

    @Test
    void postingsArrivingTogetherAreWrittenTogetherAndEachIsDecidedOnItsOwn() {
        String a = openAccount("100.00");
        String b = openAccount("0.00");
        var sizes = meters.get("ebank.ledger.batch.size").summary();
        long batchesBefore = sizes.count();
        double postingsBefore = sizes.totalAmount();
        Map<Integer, Long> statuses = Flux.range(0, 40)
                .flatMap(i -> Mono.fromCallable(() -> post(transfer(test + "-g" + i, a, b, "10.00")).returnResult(Void.class)
                        .getStatus().value()).subscribeOn(Schedulers.boundedElastic()), 40)
                .collect(Collectors.groupingBy(status -> status, Collectors.counting())).block();

        assertThat(statuses).as("ten fit in the balance; each of the others is refused alone").containsOnly(
                Map.entry(201, 10L), Map.entry(422, 30L));
        assertThat(balance(a)).isEqualByComparingTo("0.00");
        assertThat(balance(b)).isEqualByComparingTo("100.00");
        assertThat(sizes.totalAmount() - postingsBefore).isEqualTo(40);
        assertThat(sizes.count() - batchesBefore).as("fewer transactions than postings: they were committed in groups")
                .isLessThan(40);
    }

    @Test
    void invalidPostingsAreRefusedWithProblemJsonAndChangeNothing() {
        String a = openAccount("100.00");
        String b = openAccount("0.00");
        long postingsBefore = count("select count(*) from posting");
        for (Map<String, Object> invalid : List.of(
                Map.of("postingId", test + "-x1", "channel", "MOBILE", "kind", "TRANSFER", "legs", List.of(
                        leg(a, "DEBIT", "10.00"), leg(b, "CREDIT", "9.99"))),
                Map.of("postingId", test + "-x2", "channel", "MOBILE", "kind", "TRANSFER", "legs", List.of(
                        leg(a, "DEBIT", "-10.00"), leg(b, "CREDIT", "-10.00"))),
                Map.of("postingId", test + "-x3", "channel", "MOBILE", "kind", "TRANSFER", "legs", List.of(
                        leg(a, "DEBIT", "10.001"), leg(b, "CREDIT", "10.001"))),
                Map.of("postingId", test + "-x4", "channel", "TELEPATHY", "kind", "TRANSFER", "legs", List.of(
                        leg(a, "DEBIT", "1.00"), leg(b, "CREDIT", "1.00"))))) {
            post(invalid).expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        post(transfer(test + "-x5", a, "no-such-account", "1.00")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/unknown-account")
                .jsonPath("$.accountId").isEqualTo("no-such-account");

        assertThat(balance(a)).isEqualByComparingTo("100.00");
        assertThat(count("select count(*) from posting")).isEqualTo(postingsBefore + 1);
        assertThat(count("select count(*) from entry where posting_id like '" + test + "-x%'")).isZero();
    }

    @Test
    void insufficientFundsRefusesTheWholePostingAndARetryGetsTheSameRefusal() {
        String a = openAccount("50.00");
        String b = openAccount("0.00");
        post(transfer(test + "-poor", a, b, "50.01")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/insufficient-funds")
                .jsonPath("$.accountId").isEqualTo(a);
        fund(a, "100.00");
        post(transfer(test + "-poor", a, b, "50.01")).expectStatus().isEqualTo(422);
        assertThat(balance(b)).isEqualByComparingTo("0.00");
    }

    @Test
    void theSameIdWithOtherContentIsRefused() {
        String a = openAccount("100.00");
        String b = openAccount("0.00");
        post(transfer(test + "-reuse", a, b, "10.00")).expectStatus().isCreated();
        post(transfer(test + "-reuse", a, b, "11.00")).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/posting-id-reused");
        assertThat(balance(a)).isEqualByComparingTo("90.00");
    }

    @Test
    void everyCustomerLegIsAnnouncedWithItsBalanceAfter() throws Exception {
        String a = openAccount("100.00");
        String b = openAccount("0.00");
        Map<String, Object> body = Map.of("postingId", test + "-fee", "channel", "NETBANK", "kind", "TRANSFER", "legs", List.of(
                leg(a, "DEBIT", "20.00"), leg(b, "CREDIT", "20.00"), leg(a, "DEBIT", "2.00"), leg("int-fee-income", "CREDIT", "2.00")));
        post(body).expectStatus().isCreated();

        var records = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.POSTING), 3,
                r -> r.value().contains(test + "-fee"), Duration.ofSeconds(30));
        List<String> seen = new ArrayList<>();
        for (var record : records) {
            JsonNode data = codec.read(record.value()).data();
            assertThat(record.key()).isEqualTo(data.get("accountId").asText());
            seen.add(data.get("accountId").asText().equals(a) ? "payer " + data.get("direction").asText() + " "
                    + data.get("amount").asText() + " -> " + data.get("balanceAfter").asText()
                    : "payee " + data.get("direction").asText() + " " + data.get("amount").asText() + " -> "
                    + data.get("balanceAfter").asText());
        }
        // in order per account (the Kafka key); accounts on different partitions interleave freely
        assertThat(seen.stream().filter(s -> s.startsWith("payer")))
                .containsExactly("payer DEBIT 20.00 -> 80.00", "payer DEBIT 2.00 -> 78.00");
        assertThat(seen.stream().filter(s -> s.startsWith("payee"))).containsExactly("payee CREDIT 20.00 -> 20.00");
    }

    @Test
    void heldMoneyIsNotAvailableUntilAPostingCapturesTheHoldOrItIsReleased() {
        String a = openAccount("100.00");
        String b = openAccount("0.00");
        hold(Map.of("holdId", test + "-h1", "accountId", a, "amount", "60.00")).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
        hold(Map.of("holdId", test + "-h1", "accountId", a, "amount", "60.00")).expectStatus().isOk();
        hold(Map.of("holdId", test + "-h2", "accountId", a, "amount", "40.01")).expectStatus().isEqualTo(422);
        post(transfer(test + "-h-spend", a, b, "40.01")).expectStatus().isEqualTo(422);

        Map<String, Object> capture = new java.util.HashMap<>(transfer(test + "-h-capture", a, b, "60.00"));
        capture.put("capturesHold", test + "-h1");
        post(capture).expectStatus().isCreated();
        assertThat(balance(a)).isEqualByComparingTo("40.00");
        assertThat(held(a)).isEqualByComparingTo("0.00");
        capture.put("postingId", test + "-h-capture-again");
        post(capture).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/hold-unavailable");

        hold(Map.of("holdId", test + "-h3", "accountId", a, "amount", "30.00")).expectStatus().isOk();
        assertThat(held(a)).isEqualByComparingTo("30.00");
        web.post().uri("/internal/ledger/holds/{id}/release", test + "-h3").headers(h -> h.setBearerAuth(service)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RELEASED");
        web.post().uri("/internal/ledger/holds/{id}/release", test + "-h3").headers(h -> h.setBearerAuth(service)).exchange()
                .expectStatus().isOk();
        assertThat(held(a)).isEqualByComparingTo("0.00");
        web.post().uri("/internal/ledger/holds/{id}/release", "nope").headers(h -> h.setBearerAuth(service)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aPostingIsReversedOnlyByOneCompensatingPosting() {
        String a = openAccount("100.00");
        String b = openAccount("0.00");
        post(transfer(test + "-r", a, b, "25.00")).expectStatus().isCreated();

        reverse(test + "-r", test + "-r-rev").expectStatus().isCreated();
        reverse(test + "-r", test + "-r-rev").expectStatus().isOk();
        reverse(test + "-r", test + "-r-rev2").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/already-reversed")
                .jsonPath("$.reversedBy").isEqualTo(test + "-r-rev");
        reverse("never-posted", test + "-r-rev3").expectStatus().isEqualTo(422);
        assertThat(balance(a)).isEqualByComparingTo("100.00");
        assertThat(balance(b)).isEqualByComparingTo("0.00");

        web.get().uri("/internal/ledger/postings/{id}", test + "-r-rev").headers(h -> h.setBearerAuth(service)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("RECORDED")
                .jsonPath("$.entries[0].direction").isEqualTo("CREDIT");
        web.get().uri("/internal/ledger/postings/{id}", "never-posted").headers(h -> h.setBearerAuth(service)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aReversalIsRefusedWhenThePayeeHasSpentTheMoney() {
        String a = openAccount("100.00");
        String b = openAccount("0.00");
        String c = openAccount("0.00");
        post(transfer(test + "-s", a, b, "25.00")).expectStatus().isCreated();
        post(transfer(test + "-s2", b, c, "25.00")).expectStatus().isCreated();
        reverse(test + "-s", test + "-s-rev").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/insufficient-funds");
        assertThat(balance(a)).isEqualByComparingTo("75.00");
    }

    private WebTestClient.ResponseSpec hold(Map<String, Object> body) {
        return web.post().uri("/internal/ledger/holds").headers(h -> h.setBearerAuth(service))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec reverse(String postingId, String reversalId) {
        return web.post().uri("/internal/ledger/postings/{id}/reversal", postingId).headers(h -> h.setBearerAuth(service))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reversalId", reversalId)).exchange();
    }

    private BigDecimal held(String account) {
        return db.sql("select held from account where id = :id").bind("id", account)
                .map(row -> row.get("held", BigDecimal.class)).one().block();
    }

    @Test
    void onlyServicesMayPost() {
        String customer = tokens.issue("cus_1", List.of("CUSTOMER"), "MOBILE", "d").accessToken();
        web.post().uri("/internal/ledger/postings").headers(h -> h.setBearerAuth(customer))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange().expectStatus().isForbidden();
    }

    private String openAccount(String opening) {
        String id = "acc_" + test + "_" + System.nanoTime();
        db.sql("insert into account (id, kind, customer_id, card_number, product, region) "
                + "values (:id, 'CUSTOMER', :customer, :card, 'STANDARD', '440100')")
                .bind("id", id).bind("customer", test).bind("card", id).then().block();
        if (new BigDecimal(opening).signum() > 0) {
            fund(id, opening);
        }
        return id;
    }

    private void fund(String account, String amount) {
        post(Map.of("postingId", "fund-" + account + "-" + System.nanoTime(), "channel", "COUNTER", "kind", "CASH_DEPOSIT",
                "legs", List.of(leg("int-cash", "DEBIT", amount), leg(account, "CREDIT", amount))))
                .expectStatus().isCreated();
    }

    private WebTestClient.ResponseSpec post(Map<String, Object> body) {
        return web.post().uri("/internal/ledger/postings").headers(h -> h.setBearerAuth(service))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static Map<String, Object> transfer(String id, String from, String to, String amount) {
        return Map.of("postingId", id, "channel", "MOBILE", "kind", "TRANSFER",
                "legs", List.of(leg(from, "DEBIT", amount), leg(to, "CREDIT", amount)));
    }

    private static Map<String, Object> leg(String account, String direction, String amount) {
        return Map.of("accountId", account, "direction", direction, "amount", amount);
    }

    private BigDecimal balance(String account) {
        return db.sql("select balance from account where id = :id").bind("id", account)
                .map(row -> row.get("balance", BigDecimal.class)).one().block();
    }

    private BigDecimal sumOfEntries(String account) {
        return db.sql("select coalesce(sum(case direction when 'CREDIT' then amount else -amount end), 0) as s "
                        + "from entry where account_id = :id").bind("id", account)
                .map(row -> row.get("s", BigDecimal.class)).one().block();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }
}
