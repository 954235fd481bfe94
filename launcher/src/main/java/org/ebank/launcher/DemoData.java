package org.ebank.launcher;

import org.ebank.infra.ResidentIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Demo data for the local run, entered through the gateway as staff and customers would: a customer
 * for each of the bank's special cards, with cards, money, and mobile and netbank enrolment (with the code the
 * local phone receives). A customer already there (409) is left as it is, so seeding twice changes nothing.
 */
public final class DemoData {

    public static final String STAFF_USERNAME = "staff01";
    public static final String STAFF_PASSWORD = "Staff@2026";
    /**
     * 城东支行's account manager, who asks, and its manager, who confirms, where two staff must (双人复核); staff01 keeps
     * the staff directory, so it does neither.
     */
    public static final String ACCOUNT_MANAGER_USERNAME = "staff02";
    public static final String MANAGER_USERNAME = "staff03";
    public static final String CUSTOMER_PASSWORD = "Ebank2026";
    public static final String DEVICE = "demo-phone";

    public static final List<DemoCustomer> CUSTOMERS = List.of(
            new DemoCustomer("张乡情", "13800000001", LocalDate.of(1990, 3, 7), "XIANGQING", "410100", "8000.00",
                    "乡情卡 XIANGQING: a migrant worker from 郑州 (410100)"),
            new DemoCustomer("李青年", "13800000002", LocalDate.of(2004, 5, 20), "QINGNIAN", "440100", "2000.00",
                    "青年卡 QINGNIAN: a student; family account of 李家长 (13800000005)"),
            new DemoCustomer("王金晖", "13800000003", LocalDate.of(1955, 8, 12), "JINHUI", "440100", "50000.00",
                    "金晖卡 JINHUI: a pensioner"),
            new DemoCustomer("赵易汇", "13800000004", LocalDate.of(1982, 11, 11), "YIHUITONG", "440100", "300000.00",
                    "易汇通卡 YIHUITONG: a merchant, two stars"));
    private static final DemoCustomer PARENT = new DemoCustomer("李家长", "13800000005", LocalDate.of(1975, 9, 9), "STANDARD",
            "440300", "20000.00", "普通借记卡: 李青年's parent, the 亲情账户");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final List<String> notifications;

    /** The local run's: its gateway, and every instance of notification-service for the SMS codes. */
    public DemoData(Ports ports) {
        this(ports.gatewayUrl(), ports.notifications().stream().map(port -> "http://127.0.0.1:" + port).toList());
    }

    /** Through {@code gateway}, reading SMS codes from the local phone of each of {@code notifications}. */
    public DemoData(String gateway, List<String> notifications) {
        this.gateway = gateway;
        this.notifications = List.copyOf(notifications);
    }

    public void seed() {
        String staff = post("/api/v1/auth/staff-login", null,
                Map.of("username", STAFF_USERNAME, "password", STAFF_PASSWORD)).body().get("accessToken").asText();
        // side by side, as many customers would enrol at once: only the 青年卡 waits for its parent's account
        CompletableFuture<String> familyAccount = CompletableFuture.supplyAsync(() -> seed(staff, PARENT, null));
        List<CompletableFuture<?>> all = new java.util.ArrayList<>(List.of(familyAccount));
        for (DemoCustomer customer : CUSTOMERS) {
            all.add(customer.product().equals("QINGNIAN") ? familyAccount.thenApplyAsync(family -> seed(staff, customer, family))
                    : CompletableFuture.supplyAsync(() -> seed(staff, customer, null)));
        }
        for (Map<String, Object> product : PRODUCTS) {
            all.add(CompletableFuture.runAsync(() -> post("/api/v1/ops/wealth/products", staff, product)));
        }
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** When the demo products stop selling: the end of the year five years after they were entered. */
    static final String SALES_END = Year.now(ZoneId.of("Asia/Shanghai")).plusYears(5) + "-12-31T00:00:00+08:00";

    /** 日日升 (daily liquidity), a night-market product (夜市理财) and a netbank-exclusive one (网银专属). */
    private static final List<Map<String, Object>> PRODUCTS = List.of(
            Map.of("code", "RRS001", "name", "日日升", "riskLevel", 1, "minPurchase", "1.00", "step", "0.01",
                    "totalQuota", "100000000.00", "channels", List.of("MOBILE", "NETBANK", "COUNTER"),
                    "salesStart", "2026-01-01T00:00:00+08:00", "salesEnd", SALES_END, "expectedYield", "0.0185"),
            Map.ofEntries(Map.entry("code", "NIGHT001"), Map.entry("name", "夜市理财 30天"), Map.entry("riskLevel", 2),
                    Map.entry("minPurchase", "1000.00"), Map.entry("step", "1000.00"), Map.entry("totalQuota", "5000000.00"),
                    Map.entry("channels", List.of("MOBILE", "NETBANK")), Map.entry("salesStart", "2026-01-01T00:00:00+08:00"),
                    Map.entry("salesEnd", SALES_END), Map.entry("windows", List.of("17:00-09:00")),
                    Map.entry("termDays", 30), Map.entry("expectedYield", "0.0290"), Map.entry("nightMarket", true)),
            Map.ofEntries(Map.entry("code", "NETB090"), Map.entry("name", "网银专属 90天"), Map.entry("riskLevel", 3),
                    Map.entry("minPurchase", "10000.00"), Map.entry("step", "1000.00"), Map.entry("totalQuota", "20000000.00"),
                    Map.entry("channels", List.of("NETBANK")), Map.entry("salesStart", "2026-01-01T00:00:00+08:00"),
                    Map.entry("salesEnd", SALES_END), Map.entry("termDays", 90),
                    Map.entry("expectedYield", "0.0325")));

    /** Registers, opens the card and enrols; returns the new account id, or null when the customer was there already. */
    private String seed(String staff, DemoCustomer customer, String familyAccountId) {
        Reply registered = post("/api/v1/ops/customers", staff, Map.of("name", customer.name(),
                "idNumber", customer.idNumber(), "phone", customer.phone(), "birthDate", customer.birthDate().toString()));
        if (registered.status() == 409) {
            return null;
        }
        Map<String, Object> account = new java.util.HashMap<>(Map.of("customerId", registered.body().get("customerId").asText(),
                "product", customer.product(), "region", customer.region(), "initialDeposit", customer.deposit()));
        if (familyAccountId != null) {
            account.put("familyAccountId", familyAccountId);
        }
        // a key of its own per demo card: seeding again never opens a second one
        JsonNode opened = post("/api/v1/ops/accounts", staff, account, "demo-open-" + customer.phone()).body();
        LocalPhone phone = new LocalPhone(notifications, staff);
        for (String channel : List.of("MOBILE", "NETBANK")) {
            phone.enrol(gateway, opened.get("cardNumber").asText(), customer.phone(), CUSTOMER_PASSWORD, channel,
                    "MOBILE".equals(channel) ? DEVICE : null, "DEMO01");
        }
        return opened.get("accountId").asText();
    }

    private Reply post(String path, String token, Object body) {
        return post(path, token, body, null);
    }

    private Reply post(String path, String token, Object body, String idempotencyKey) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = RetryAfter.send(http, request.build());
            if (response.statusCode() >= 300 && response.statusCode() != 409) {
                throw new IllegalStateException("seeding " + path + " failed: " + response.statusCode() + " " + response.body());
            }
            return new Reply(response.statusCode(), json.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("seeding " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        }
    }

    private record Reply(int status, JsonNode body) {
    }

    public record DemoCustomer(String name, String phone, LocalDate birthDate, String product, String region,
                               String deposit, String card) {

        public String idNumber() {
            return ResidentIds.of(birthDate, 1);
        }
    }
}
