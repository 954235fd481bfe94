package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.ebank.infra.Directories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service behind the gateway, as {@code ./ebank run --replicas 2} starts them, on a system of this
 * class's own (before the one the other system tests share, so the two never run at once): the gateway spreads
 * customers' requests over both instances of each service, and services spread their calls to account-service's ledger;
 * a customer's live messages reach a stream open on either instance of notification-service; the instances of a service
 * split its consumers' partitions, and a KPI rebuild reads all of them again; one instance at a time runs a scheduled
 * job; a sign-in lockout holds whichever instance answers; a day's cash sweep asked of both instances of corporate-service
 * at once moves each pool's money once; and with one instance killed the other serves on.
 */
@Order(0)
class ReplicasIT {

    private static final int CUSTOMERS = 8;

    private static Path base;
    private static LocalSystem system;
    private static Api gateway;
    private static String staff;
    private static List<Payers.Payer> payers;
    /** An enterprise with two accounts and its administrator, set up while the first tests run (its token's codes take time). */
    private static CompletableFuture<Enterprises.Enterprise> pooling;

    @BeforeAll
    static void twoOfEverything() throws Exception {
        base = Files.createTempDirectory("ebank-replicas");
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        system = RunningSystem.forTests(base, Ports.free(2));
        system.start();
        gateway = new Api(system.ports().gatewayUrl());
        staff = RunningSystem.signIn(gateway);
        payers = new ArrayList<>(Payers.create(system.ports(), staff, "1362", 1100, CUSTOMERS + 1, "1000.00"));
        payers.remove(CUSTOMERS); // the last one's sign-in is locked by the lockout test: the others keep theirs
        pooling = CompletableFuture.supplyAsync(() -> Enterprises.setUp(gateway, staff, "广州乡情双实例归集有限公司", "13960000005",
                List.of("0", "50000.00")));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
            RunningSystem.keepLogs(system, Path.of("target/system-logs/replicas"));
        }
        Directories.deleteRecursively(base);
    }

    @Test
    void theGatewaySpreadsRequestsOverBothInstancesOfEveryServiceAndEachPaymentMovesItsMoneyOnce() throws Exception {
        List<String> serverErrors = new ArrayList<>();
        String staff = RunningSystem.signIn(gateway);
        for (int round = 0; round < 5; round++) {
            for (Payers.Payer payer : payers) {
                Api.Reply quote = gateway.post("/api/v1/transfers/quotes", payer.token(), payer.quoteBody("1.00"));
                Api.Reply transfer = gateway.command("/api/v1/transfers", payer.token(), Map.of("quoteId", quote.body().path("quoteId").asText()));
                assertThat(transfer.body().path("status").asText()).as(transfer.text()).isEqualTo("COMPLETED");
                for (Api.Reply read : List.of(gateway.get("/api/v1/accounts", payer.token()), gateway.get("/api/v1/wealth/products", null),
                        gateway.get("/api/v1/messages", payer.token()), gateway.get("/api/v1/ops/enterprises/ent_none/accounts", staff),
                        gateway.get("/api/v1/ops/kpis", staff), gateway.get("/api/v1/bill-payments", payer.token()))) {
                    if (read.status() >= 500) {
                        serverErrors.add(read.status() + " " + read.text());
                    }
                }
            }
        }

        assertThat(serverErrors).isEmpty();
        Map<String, Double> served = new TreeMap<>();
        for (ServiceSpec instance : ServiceSpec.all(system.ports())) {
            if (!instance.service().equals("gateway")) {
                served.put(instance.name(), requestsServed(instance.port()));
            }
        }
        System.out.println("Requests served by each instance behind the gateway: " + served);
        assertThat(served).as("every instance of every service served customers' or neighbours' requests")
                .allSatisfy((instance, requests) -> assertThat(requests).as(instance).isPositive());
        for (Payers.Payer payer : payers) {
            String paid = strings("transfer", "select coalesce(sum(amount), 0)::text from transfer where from_account_id = '"
                    + payer.accountId() + "' and status = 'COMPLETED'").get(0);
            JsonNode card = gateway.get("/api/v1/accounts", payer.token()).body().get("items").get(0);
            assertThat(new BigDecimal(card.get("balance").asText())).as("1000.00 less what each completed payment took, once")
                    .isEqualByComparingTo(new BigDecimal("1000.00").subtract(new BigDecimal(paid)));
            assertThat(new BigDecimal(paid)).as("the five payments here at least").isGreaterThanOrEqualTo(new BigDecimal("5.01"));
        }
    }

    @Test
    void aNewMessageReachesTheCustomersStreamsOnBothInstancesOfNotificationServiceWhicheverStoredIt() {
        Payers.Payer payer = payers.get(0);
        List<Integer> instances = system.ports().notifications();
        AtomicReference<Api.Reply> second = new AtomicReference<>();
        // the transfer's result may come before its 动账 alert
        Predicate<String> theAlert = text -> text.contains("\"category\":\"TRANSACTION\"");
        Api.Reply first = new Api("http://127.0.0.1:" + instances.get(0)).stream("/api/v1/messages/stream", payer.token(),
                () -> second.set(new Api("http://127.0.0.1:" + instances.get(1)).stream("/api/v1/messages/stream", payer.token(),
                        () -> {
                            // an amount no other payment of these tests has: its message is this one's
                            Api.Reply quote = gateway.post("/api/v1/transfers/quotes", payer.token(), payer.quoteBody("1.37"));
                            gateway.command("/api/v1/transfers", payer.token(), Map.of("quoteId", quote.body().path("quoteId").asText()));
                        }, Duration.ofSeconds(20), theAlert)),
                Duration.ofSeconds(20), theAlert);

        for (Api.Reply stream : List.of(first, second.get())) {
            assertThat(stream.text()).as("the stream on each instance").contains("event:message").contains("\"category\":\"TRANSACTION\"")
                    .contains("1.37");
        }
    }

    @Test
    void theInstancesOfAServiceSplitItsConsumersPartitionsAndRunEachScheduledJobOneAtATime() throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + system.ports().kafka());
        try (Admin kafka = Admin.create(admin)) {
            for (String group : List.of("notification-service.postings", "insight-service.kpis")) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    ConsumerGroupDescription described = kafka.describeConsumerGroups(List.of(group)).all().get().get(group);
                    assertThat(described.members()).as(group + ": one member per instance, each with partitions of its own")
                            .hasSize(2).allSatisfy(member -> assertThat(partitions(member)).isNotEmpty());
                });
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(strings("transfer", "select name from shedlock"))
                .as("the jobs of transfer-service take their lock, so only one instance runs each at a time")
                .contains("transfer-recovery", "cash-recovery", "clearing-follow"));
    }

    @Test
    void fiveWrongPasswordsLockTheSignInWhicheverInstanceOfAccountServiceAnswersEach() {
        String phone = "1362" + String.format("%07d", CUSTOMERS); // the customer set aside for this test
        Map<String, Object> wrong = Map.of("phone", phone, "password", "guess-1", "channel", "NETBANK");
        for (int i = 1; i <= 5; i++) {
            assertThat(gateway.post("/api/v1/auth/login", null, wrong).status()).as("attempt " + i).isEqualTo(i < 5 ? 401 : 423);
        }
        Api.Reply right = gateway.post("/api/v1/auth/login", null, Map.of("phone", phone, "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK"));
        assertThat(right.status()).as("locked on both instances").isEqualTo(423);
    }

    @Test
    void aKpiRebuildAskedOfEitherInstanceReadsAgainThePartitionsOfBoth() {
        Kpis.assertARebuildGivesTheSame(gateway, staff);
    }

    @Test
    void aDaysCashSweepAskedOfBothInstancesOfCorporateServiceAtOnceMovesEachPoolsMoneyOnce() throws Exception {
        Enterprises.Enterprise enterprise = pooling.get(2, TimeUnit.MINUTES);
        String master = enterprise.accounts().get(0);
        String member = enterprise.accounts().get(1);
        Api.Reply pool = gateway.post("/api/v1/corporate/cash-pools", enterprise.admin().token(), Map.of("masterAccountId", master,
                "members", List.of(Map.of("accountId", member, "keepMinimum", "10000.00")), "code", enterprise.admin().nextCode()));
        assertThat(pool.status()).as(pool.text()).isEqualTo(201);

        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Reply>> runs = new ArrayList<>();
            for (int port : system.ports().corporates()) {
                runs.add(both.submit(() -> new Api("http://127.0.0.1:" + port).post("/api/v1/ops/cash-pools/sweeps", staff, null)));
            }
            for (Future<Api.Reply> run : runs) {
                assertThat(run.get().status()).as(run.get().text()).isEqualTo(200);
            }
        } finally {
            both.shutdownNow();
        }
        Map<String, String> balances = new TreeMap<>();
        gateway.get("/api/v1/ops/enterprises/" + enterprise.id() + "/accounts", staff).body()
                .forEach(account -> balances.put(account.get("accountId").asText(), account.get("balance").asText()));
        assertThat(balances).as("40,000.00 above the member's minimum, swept once").containsEntry(master, "40000.00")
                .containsEntry(member, "10000.00");
        assertThat(gateway.get("/api/v1/corporate/cash-pools/" + pool.body().get("poolId").asText() + "/sweeps",
                enterprise.admin().token()).body().findValuesAsText("status")).containsExactly("SWEPT");
    }

    @Test
    void withOneInstanceOfTransferServiceKilledTheOtherServesEveryPayment() {
        system.kill("transfer-service-2");
        try {
            // the gateway learns within a few seconds that the instance is gone (its readiness probe fails)
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                for (int i = 0; i < 4; i++) {
                    if (gateway.post("/api/v1/transfers/quotes", payers.get(1).token(), payers.get(1).quoteBody("1.00")).status() != 201) {
                        return false;
                    }
                }
                return true;
            });
            for (Payers.Payer payer : payers) {
                Api.Reply quote = gateway.post("/api/v1/transfers/quotes", payer.token(), payer.quoteBody("1.00"));
                assertThat(quote.status()).as(quote.text()).isEqualTo(201);
                Api.Reply transfer = gateway.command("/api/v1/transfers", payer.token(), Map.of("quoteId", quote.body().path("quoteId").asText()));
                assertThat(transfer.body().path("status").asText()).as(transfer.text()).isEqualTo("COMPLETED");
            }
        } finally {
            system.startService("transfer-service-2");
        }
    }

    /** The requests an instance answered on the API (the gateway's and its neighbours'), from its own metrics. */
    private static double requestsServed(int port) {
        String exposition = new Api("http://127.0.0.1:" + port).get("/actuator/prometheus", null).text();
        return exposition.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/api/"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static Set<Integer> partitions(MemberDescription member) {
        Set<Integer> partitions = new java.util.TreeSet<>();
        member.assignment().topicPartitions().forEach(p -> partitions.add(p.partition()));
        return partitions;
    }

    private static List<String> strings(String database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + system.ports().postgres() + "/" + database,
                "postgres", ""); var rows = connection.createStatement().executeQuery(sql)) {
            List<String> found = new ArrayList<>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        }
    }
}
