package org.ebank.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.corporate.enterprise.domain.CreditCode;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.AccountServiceFixture;
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

/** Enterprises and their settlement accounts, against the real ledger (account-service from its jar). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseIT {

    private static final AtomicInteger ENTERPRISES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, EnterpriseIT.class);
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
    CloudEventCodec codec;

    private final String staff = TestJwts.staff("staff01", "0101", false);

    @BeforeEach
    void patience() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void anEnterpriseIsRegisteredOncePerCreditCodeAndAnnouncedWithItsContactPhone() {
        String code = newCreditCode();
        JsonNode enterprise = register(code, "广州乡情农业有限公司").expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        String id = enterprise.get("enterpriseId").asText();
        assertThat(enterprise.get("region").asText()).as("the region defaults to the code's").isEqualTo("440100");

        register(code, "另一个名字").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/enterprise-exists")
                .jsonPath("$.enterpriseId").isEqualTo(id);
        assertThat(count("select count(*) from enterprise where credit_code = '" + code + "'")).isOne();

        var events = TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.ENTERPRISE), 1,
                r -> r.key().equals(id), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        var event = codec.read(events.get(0).value());
        assertThat(event.type()).isEqualTo(CorporateTopics.ENTERPRISE_REGISTERED);
        assertThat(event.data().get("creditCode").asText()).isEqualTo(code);
        assertThat(event.data().get("contactPhone").asText()).isEqualTo("13912345678");
    }

    @Test
    void badRegistrationsAreRefusedNamingTheFieldAndRegisterNothing() {
        long before = count("select count(*) from enterprise");
        String good = newCreditCode();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        for (Map<String, Object> bad : List.of(
                body(wrongCheck, "某公司", "13912345678", null),
                body("91440100ABC", "某公司", "13912345678", null),
                body(good, "", "13912345678", null),
                body(good, "某公司", "12345", null),
                body(good, "某公司", "13912345678", "44010"))) {
            web.post().uri("/api/v1/ops/enterprises").headers(h -> h.setBearerAuth(staff)).bodyValue(bad).exchange()
                    .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").exists();
        }
        // staff only: a customer's token gets nowhere
        web.post().uri("/api/v1/ops/enterprises").headers(h -> h.setBearerAuth(TestJwts.customer("c1", "MOBILE")))
                .bodyValue(body(good, "某公司", "13912345678", null)).exchange().expectStatus().isForbidden();
        // an enterprise belongs to the registering staff member's branch: a token without one registers none
        web.post().uri("/api/v1/ops/enterprises").headers(h -> h.setBearerAuth(TestJwts.staff("staff99")))
                .bodyValue(body(good, "某公司", "13912345678", null)).exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(count("select count(*) from enterprise")).isEqualTo(before);
    }

    @Test
    void aSettlementAccountIsOpenedOnTheLedgerOncePerKeyWithItsDepositAndAnnouncedAsTheEnterprisesAccount() {
        String enterprise = registered();
        JsonNode opened = open(enterprise, "key-1", "250000.00").expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        String accountId = opened.get("accountId").asText();
        String number = opened.get("accountNumber").asText();
        assertThat(number).as("19 digits under the corporate prefix, no card").matches("800100\\d{13}");
        assertThat(opened.get("balance").asText()).isEqualTo("250000.00");

        JsonNode again = open(enterprise, "key-1", "250000.00").expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(again.get("accountId").asText()).isEqualTo(accountId);
        assertThat(accounts.balance(accountId, namespace)).as("the deposit was paid in once").isEqualByComparingTo("250000.00");

        open(enterprise, "key-2", "0").expectStatus().isCreated();
        web.get().uri("/api/v1/ops/enterprises/{id}/accounts", enterprise).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].accountId").isEqualTo(accountId)
                .jsonPath("$[0].accountNumber").isEqualTo("8001 **** **** ***" + number.substring(15))
                .jsonPath("$[0].balance").isEqualTo("250000.00")
                .jsonPath("$[1].balance").isEqualTo("0.00");
        web.get().uri("/api/v1/ops/enterprises/{id}", enterprise).headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.enterpriseId").isEqualTo(enterprise);

        var postings = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.POSTING), 1,
                r -> r.key().equals(accountId), Duration.ofSeconds(30));
        JsonNode deposit = codec.read(postings.get(0).value()).data();
        assertThat(deposit.get("customerId").asText()).as("the 动账 event names the enterprise as the owner").isEqualTo(enterprise);
        assertThat(deposit.get("product").asText()).isEqualTo("CORPORATE");
        assertThat(new java.math.BigDecimal(deposit.get("amount").asText())).isEqualByComparingTo("250000.00");
        var opening = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.ACCOUNT), 1,
                r -> r.key().equals(accountId), Duration.ofSeconds(30));
        assertThat(opening.get(0).value()).as("the number is announced as its last four and a keyed hash, never in full")
                .doesNotContain(number).contains(number.substring(15));
        assertThat(codec.read(opening.get(0).value()).data().get("branchCode").asText())
                .as("the account belongs to the branch of the staff member who opened it").isEqualTo("0101");
    }

    @Test
    void badOpeningsAreRefusedAndOpenNothing() {
        String enterprise = registered();
        web.post().uri("/api/v1/ops/enterprises/{id}/accounts", enterprise).headers(h -> h.setBearerAuth(staff))
                .bodyValue(Map.of("initialDeposit", "10.00")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type")
                .isEqualTo("https://api.ebank.example/problems/idempotency-key-required");
        open(enterprise, "neg", "-1.00").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("initialDeposit");
        open(enterprise, "fen", "1.001").expectStatus().isBadRequest();
        open("ent_nobody", "nobody", "10.00").expectStatus().isNotFound().expectBody().jsonPath("$.type")
                .isEqualTo("https://api.ebank.example/problems/unknown-enterprise");
        assertThat(count("select count(*) from settlement_account where enterprise_id = '" + enterprise + "'")).isZero();
    }

    @Test
    void onlyCorporateServiceMayOpenCorporateAccountsOnTheLedger() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(accounts.url() + "/api/v1/auth/staff-login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"transfer-service\",\"password\":\"transfer-local-secret\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("accessToken").asText();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(accounts.url() + "/internal/ledger/corporate-accounts"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"accountId\":\"cacc_forged\",\"enterpriseId\":\"ent_x\",\"region\":\"440100\",\"initialDeposit\":\"1000000.00\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
        try (var connection = java.sql.DriverManager.getConnection(accounts.jdbcUrl(namespace), "postgres", "");
             var rows = connection.createStatement().executeQuery("select count(*) from account where id = 'cacc_forged'")) {
            rows.next();
            assertThat(rows.getLong(1)).as("no account, no deposit made up").isZero();
        }
    }

    private String registered() {
        return register(newCreditCode(), "企业" + ENTERPRISES.get()).expectStatus().isCreated().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("enterpriseId").asText();
    }

    private WebTestClient.ResponseSpec register(String code, String name) {
        return web.post().uri("/api/v1/ops/enterprises").headers(h -> h.setBearerAuth(staff))
                .bodyValue(body(code, name, "13912345678", null)).exchange();
    }

    private WebTestClient.ResponseSpec open(String enterprise, String key, String deposit) {
        return web.post().uri("/api/v1/ops/enterprises/{id}/accounts", enterprise)
                .headers(h -> {
                    h.setBearerAuth(staff);
                    h.set("Idempotency-Key", enterprise + key);
                })
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"initialDeposit\": \"" + deposit + "\"}").exchange();
    }

    private static Map<String, Object> body(String code, String name, String phone, String region) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "creditCode", code,
                "legalRepresentative", "张乡情", "contactPhone", phone));
        if (region != null) {
            body.put("region", region);
        }
        return body;
    }

    private static String newCreditCode() {
        return CreditCode.completing("91440100" + String.format("%09d", (System.nanoTime() + ENTERPRISES.incrementAndGet()) % 1_000_000_000L))
                .value();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    }
}
