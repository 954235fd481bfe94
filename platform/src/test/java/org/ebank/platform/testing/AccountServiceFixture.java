package org.ebank.platform.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.infra.ResidentIds;
import org.ebank.infra.test.ServiceUnderTest;
import org.ebank.infra.test.TestInfra;
import java.util.function.Predicate;

/**
 * The real account-service, from its jar, on the test's PostgreSQL server (a database of its own) and
 * the test's broker and topics: transfers post to its ledger, and its account events fill the card
 * directory. Staff set up customers and cards through its API.
 */
public final class AccountServiceFixture implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final AtomicInteger people = new AtomicInteger();

    private final ServiceUnderTest service;
    private final String database;
    private String staffToken;

    private AccountServiceFixture(ServiceUnderTest service, String database) {
        this.service = service;
        this.database = database;
    }

    public static AccountServiceFixture start(TestInfra.Namespace namespace) {
        String database = TestInfra.newDatabase("account_for_" + namespace.id());
        ServiceUnderTest service = ServiceUnderTest.start("account-service", Map.of(
                "spring.r2dbc.url", namespace.server().r2dbcUrl(database),
                "spring.flyway.url", namespace.server().jdbcUrl(database),
                "spring.kafka.bootstrap-servers", namespace.bootstrapServers(),
                "ebank.kafka.topic-prefix", namespace.topicPrefix(),
                "ebank.fees.cron", "-",
                "ebank.card-lookup-key", ServiceTest.CARD_LOOKUP_KEY,
                "logging.structured.format.console", ""));
        return new AccountServiceFixture(service, database);
    }

    @Override
    public void close() {
        service.close();
    }

    public String url() {
        return service.url();
    }

    public String jdbcUrl(TestInfra.Namespace namespace) {
        return namespace.server().jdbcUrl(database);
    }

    /** A customer with one card; waits until {@code known} says the service under test has heard of it. */
    public Card openCard(Predicate<String> known, String product, String region, String deposit, String familyAccountId) {
        return openCard(known, LocalDate.of(1975, 1, 1).plusDays(people.get() * 53L), product, region, deposit, familyAccountId);
    }

    /** The same, for a customer born on {@code born} (an age matters to suitability). */
    public Card openCard(Predicate<String> known, LocalDate born, String product, String region, String deposit,
                         String familyAccountId) {
        int n = people.incrementAndGet();
        String name = "客户" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10);
        String customer = post("/api/v1/ops/customers", staff(), Map.of("name", name, "idNumber", ResidentIds.of(born, n),
                "phone", "139" + String.format("%08d", n), "birthDate", born.toString())).get("customerId").asText();
        Card card = openCard(known, customer, product, region, deposit, familyAccountId);
        return new Card(card.customerId(), card.accountId(), card.cardNumber(), name);
    }

    public Card openCard(Predicate<String> known, String customerId, String product, String region, String deposit,
                         String familyAccountId) {
        Map<String, Object> body = new HashMap<>(Map.of("customerId", customerId, "product", product, "region", region,
                "initialDeposit", deposit));
        if (familyAccountId != null) {
            body.put("familyAccountId", familyAccountId);
        }
        JsonNode account = post("/api/v1/ops/accounts", staff(), body);
        Card card = new Card(customerId, account.get("accountId").asText(), account.get("cardNumber").asText(), null);
        await().atMost(Duration.ofSeconds(30)).until(() -> known.test(card.accountId()));
        return card;
    }

    /** A staff login for the test's own calls. */
    public String staffToken() {
        return staff();
    }

    public void deposit(String accountId, String amount) {
        String token = post("/api/v1/auth/staff-login", null, Map.of("username", "transfer-service", "password",
                "transfer-local-secret")).get("accessToken").asText();
        post("/internal/ledger/postings", token, Map.of("postingId", "dep-" + System.nanoTime(), "channel", "COUNTER",
                "kind", "CASH_DEPOSIT", "legs", List.of(Map.of("accountId", "int-cash", "direction", "DEBIT", "amount", amount),
                        Map.of("accountId", accountId, "direction", "CREDIT", "amount", amount))));
    }

    public BigDecimal balance(String accountId, TestInfra.Namespace namespace) {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl(namespace), "postgres", "");
             var rows = connection.createStatement().executeQuery("select balance from account where id = '" + accountId + "'")) {
            rows.next();
            return rows.getBigDecimal(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public BigDecimal feeIncome(TestInfra.Namespace namespace) {
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl(namespace), "postgres", "");
             var rows = connection.createStatement().executeQuery(
                     "select coalesce(sum(case direction when 'CREDIT' then amount else -amount end), 0) from entry where account_id = 'int-fee-income'")) {
            rows.next();
            return rows.getBigDecimal(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String staff() {
        if (staffToken == null) {
            staffToken = post("/api/v1/auth/staff-login", null, Map.of("username", "staff01", "password", "Staff@2026"))
                    .get("accessToken").asText();
        }
        return staffToken;
    }

    private JsonNode post(String path, String token, Object body) {
        try {
            // every call under a key of its own: the money-moving ones need it, the others ignore it
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    /** A customer's card as the test knows it; {@code holderName} where this fixture registered the customer. */
    public record Card(String customerId, String accountId, String cardNumber, String holderName) {
    }
}
