package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the gateway serves, as a client generator and a reviewer would judge it: the public operations
 * only, each once with a meaningful id, who may call it and every answer it gives; decimals as strings; Redocly's
 * recommended rules. And the proof that it tells the truth: every answer the other system tests got (this class runs
 * last) must be one its operation documents, with a body its schema accepts.
 */
@ExtendWith(RunningSystem.class)
@Order(Integer.MAX_VALUE)
class ApiDocumentIT {

    private static final Set<String> MONEY_MOVING = Set.of("POST /api/v1/transfers", "POST /api/v1/scheduled-transfers",
            "POST /api/v1/wealth/orders", "POST /api/v1/wealth/redemptions", "POST /api/v1/ops/accounts",
            "POST /api/v1/channel/cash-operations", "POST /api/v1/channel/wealth-orders", "POST /api/v1/ops/enterprises/{enterpriseId}/accounts",
            "POST /api/v1/corporate/payments/{paymentId}/approval", "POST /api/v1/bill-payments");
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z]+");

    private static String text;
    private static JsonNode document;

    @BeforeAll
    static void document() throws IOException {
        Api api = RunningSystem.api();
        Api.Reply reply = api.get("/v3/api-docs", null);
        assertThat(reply.status()).isEqualTo(200);
        text = reply.text();
        document = reply.body();
        Files.writeString(Path.of("target/openapi.json"), text);
        theOperationsNoOtherSystemTestCalls(api);
    }

    /** Staff and customer views the other system tests do not go through: their answers are checked like the rest. */
    private static void theOperationsNoOtherSystemTestCalls(Api api) {
        String staff = RunningSystem.staffToken();
        DemoData.DemoCustomer customer = DemoData.CUSTOMERS.get(1);
        String token = api.post("/api/v1/auth/login", null, Map.of("phone", customer.phone(), "password",
                DemoData.CUSTOMER_PASSWORD, "channel", "NETBANK")).body().path("accessToken").asText();
        List<Api.Reply> replies = List.of(
                api.get("/api/v1/notification-preferences", token),
                api.send("PUT", "/api/v1/notification-preferences", token, Map.of("smsThreshold", "800.00", "smsEnabled", true,
                        "pushEnabled", true, "quietStart", "22:30", "quietEnd", "07:30", "marketingOptOut", false), Map.of()),
                api.get("/api/v1/ops/kpis?granularity=MONTH", staff),
                api.get("/api/v1/ops/prospects?limit=5", staff),
                api.get("/api/v1/ops/dev/sms?phone=" + customer.phone(), staff),
                api.post("/api/v1/ops/wealth/products", staff, Map.ofEntries(Map.entry("code", "DOC030"),
                        Map.entry("name", "文档理财 30天"), Map.entry("riskLevel", 2), Map.entry("minPurchase", "1000.00"),
                        Map.entry("step", "100.00"), Map.entry("totalQuota", "1000000.00"), Map.entry("channels", List.of("MOBILE")),
                        Map.entry("salesStart", "2026-01-01T00:00:00+08:00"), Map.entry("salesEnd", DemoData.SALES_END),
                        Map.entry("termDays", 30), Map.entry("expectedYield", "0.0300"))),
                api.post("/api/v1/ops/wealth/maturities", staff, null),
                api.post("/api/v1/ops/batches/periodic-fees", staff, null));
        assertThat(replies).extracting(Api.Reply::status).allMatch(status -> status >= 200 && status < 300);

        // the live message centre: cash paid in at an ATM reaches the customer's open stream
        String account = api.get("/api/v1/accounts", token).body().at("/items/0/accountId").asText();
        String atm = api.post("/api/v1/auth/staff-login", null, Map.of("username", "atm01", "password", "Atm@2026"))
                .body().path("accessToken").asText();
        Api.Reply stream = api.stream("/api/v1/messages/stream", token, () -> assertThat(api.command("/api/v1/channel/cash-operations",
                atm, Map.of("accountId", account, "type", "DEPOSIT", "amount", "100.00", "region", "440100", "channel", "ATM",
                        "deviceId", "ATM-0101-01"))
                .status()).isEqualTo(201), Duration.ofSeconds(30));
        assertThat(ApiContract.eventData(stream.text())).as(stream.text()).hasSize(1);
    }

    @Test
    void everyPublicOperationOnceWithAnIdWhoMayCallItAndItsProblems() {
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/servers/0/url").asText()).as("Try it out goes through the gateway").isEqualTo("/");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        Set<String> ids = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String operation = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = entry.getValue();
            String id = op.path("operationId").asText();
            if (!path.getKey().startsWith("/api/v1/")) {
                wrong.add(operation + ": not a public path");
            }
            if (!OPERATION_ID.matcher(id).matches() || !ids.add(id)) {
                wrong.add(operation + ": operation id '" + id + "'");
            }
            if (!op.has("security") || !op.path("description").asText().startsWith("**Who:**")) {
                wrong.add(operation + ": does not say who may call it");
            }
            boolean secured = !op.path("security").isEmpty();
            if (secured && !op.at("/responses/401").has("content")) {
                wrong.add(operation + ": needs a token but documents no 401");
            }
            op.path("responses").fields().forEachRemaining(response -> {
                int status = Integer.parseInt(response.getKey());
                if (status >= 400 && (!response.getValue().at("/content/application~1problem+json/examples").isObject())) {
                    wrong.add(operation + " " + status + ": not problem+json with examples");
                }
                if (status < 300 && status != 204 && !response.getValue().has("content")) {
                    wrong.add(operation + " " + status + ": no body documented");
                }
            });
            boolean keyed = false;
            for (JsonNode parameter : op.path("parameters")) {
                keyed |= parameter.path("name").asText().equals("Idempotency-Key") && parameter.path("required").asBoolean();
            }
            if (MONEY_MOVING.contains(operation) != keyed) {
                wrong.add(operation + (keyed ? ": asks for an Idempotency-Key" : ": does not require an Idempotency-Key"));
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(ids).contains("createTransferQuote", "createTransfer", "placeWealthOrder", "signIn", "listMessages");
    }

    @Test
    void decimalsAreStringsWithAPatternNeverJsonNumbers() {
        assertThat(text).doesNotContain("\"type\" : \"number\"").doesNotContain("\"type\":\"number\"");
        JsonNode amount = document.at("/components/schemas/QuoteBody/properties/amount");
        assertThat(amount.path("type").asText()).isEqualTo("string");
        assertThat(amount.path("pattern").asText()).isNotEmpty();
    }

    @Test
    void redoclysRecommendedRulesFindNothing() throws Exception {
        Process lint;
        try {
            lint = new ProcessBuilder("redocly", "lint", "--config", "../redocly.yaml", "--format", "json", "target/openapi.json")
                    .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target/redocly.log").toFile())).start();
        } catch (IOException notInstalled) {
            System.err.println("SKIPPED: Redocly CLI is not installed (npm install -g @redocly/cli); the API document was not linted");
            return;
        }
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        JsonNode report = ApiContract.parse(output);
        assertThat(report.path("problems")).as(output).isEmpty();
        assertThat(report.at("/totals/errors").asInt(-1)).as(output).isZero();
        assertThat(report.at("/totals/warnings").asInt(-1)).as(output).isZero();
        assertThat(lint.exitValue()).as(output).isZero();
    }

    /** The other system tests ran first (this class is ordered last): what they were answered is what the document says. */
    @Test
    void everyAnswerTheSystemTestsGotIsOneTheDocumentDescribes() {
        ApiContract contract = new ApiContract(document);
        List<Exchanges.Exchange> exchanges = Exchanges.all();
        List<String> violations = new ArrayList<>();
        Set<String> exercised = new TreeSet<>();
        for (Exchanges.Exchange exchange : exchanges) {
            contract.operationOf(exchange).ifPresent(exercised::add);
            contract.violation(exchange).ifPresent(violations::add);
        }
        Set<String> untried = new TreeSet<>(contract.operations());
        untried.removeAll(exercised);
        System.out.printf("API contract: %d answers checked, %d of %d operations exercised; not exercised: %s%n",
                exchanges.size(), exercised.size(), contract.operations().size(), untried);
        assertThat(violations).as("answers the document does not describe").isEmpty();
        assertThat(untried).as("operations no system test calls").isEmpty();
    }
}
