package org.ebank.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.ebank.infra.AuthenticatorApp;
import org.ebank.infra.ResidentIds;
import org.ebank.launcher.DemoData;

/**
 * A payroll batch (代发) of 5,000 rows from upload to the last row paid, straight to corporate-service: the upload (every
 * row checked: the payee among the bank's accounts, the holder's name by the ledger, then all rows written), and the
 * payout after the checker's approval (one ledger posting per row, 16 in flight, the rows' outcomes written a hundred at
 * a time), each beside pgbench doing the same writes: the upload's inserts (the batch and all its rows in one statement,
 * {@link #uploadScript}) with one client, and the ledger's SQL for one two-leg posting (LedgerBenchmark's) with as many
 * clients as the payout keeps in flight.
 *
 * <pre>mvn -B -DskipTests install &amp;&amp; mvn -q -pl benchmarks exec:java -Dexec.mainClass=org.ebank.bench.PayrollBenchmark</pre>
 *
 * System properties: {@code rows} (5000), {@code payees} (200: each paid rows/payees times).
 */
public final class PayrollBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PASSWORD = "Corp2026ok";
    /** What the payout keeps in flight (DisbursePayroll's CONCURRENCY): pgbench gets as many clients. */
    private static final int IN_FLIGHT = 16;

    private PayrollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("rows", 5000);
        int payeeCount = Integer.getInteger("payees", 200);
        try (BenchSystem bench = BenchSystem.start()) {
            String staff = bench.token(DemoData.STAFF_USERNAME, DemoData.STAFF_PASSWORD);
            String corporate = "http://127.0.0.1:" + bench.ports.corporate();
            List<String[]> payees = TransferBenchmark.inParallel(8, IntStream.range(0, payeeCount)
                    .mapToObj(i -> (Callable<String[]>) () -> payee(bench, staff, i)).toList());

            String creditCode = "91440100MA59XQ001E";
            String enterprise = BenchSystem.post(corporate + "/api/v1/ops/enterprises", staff, Map.of("name", "压测代发有限公司",
                    "creditCode", creditCode, "legalRepresentative", "压测", "contactPhone", "13700000001")).get("enterpriseId").asText();
            String account = BenchSystem.post(corporate + "/api/v1/ops/enterprises/" + enterprise + "/accounts", staff,
                    Map.of("initialDeposit", "1000000000.00")).get("accountId").asText();
            Phone phone = new Phone("http://127.0.0.1:" + bench.ports.notification(), staff);
            // asked by one staff member, confirmed by their branch's manager (双人复核)
            String request = BenchSystem.post(corporate + "/api/v1/ops/enterprises/" + enterprise + "/administrator",
                    bench.token(DemoData.ACCOUNT_MANAGER_USERNAME, DemoData.STAFF_PASSWORD),
                    Map.of("loginName", "admin", "name", "管理员", "phone", "13900000000")).get("requestId").asText();
            BenchSystem.post(corporate + "/api/v1/ops/administrator-requests/" + request + "/confirmation",
                    bench.token(DemoData.MANAGER_USERNAME, DemoData.STAFF_PASSWORD), Map.of());
            Operator admin = Operator.activate(corporate, creditCode, "admin", phone.activationCode("13900000000"));
            Operator maker = admin.enrol(corporate, creditCode, "maker1", "MAKER", "13900000001", phone);
            Operator checker = admin.enrol(corporate, creditCode, "checker1", "CHECKER", "13900000002", phone);
            awaitPayeesKnown(bench, payeeCount + 1);

            StringBuilder csv = new StringBuilder("account,name,amount,memo\n");
            for (int row = 0; row < rows; row++) {
                String[] payee = payees.get(row % payeeCount);
                csv.append(payee[0]).append(',').append(payee[1]).append(",1.").append(String.format("%02d", row % 100)).append(",工资\n");
            }

            long uploadStart = System.nanoTime();
            JsonNode batch = call("POST", corporate + "/api/v1/corporate/payroll-batches?fromAccountId=" + account + "&purpose=SALARY",
                    maker.token(), "text/csv", csv.toString());
            double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
            if (batch.get("validRows").asInt() != rows) {
                throw new IllegalStateException("not every row passed the checks: " + batch.get("problems"));
            }
            String batchId = batch.get("batchId").asText();
            String payment = call("POST", corporate + "/api/v1/corporate/payroll-batches/" + batchId + "/submission", maker.token(),
                    "application/json", "").get("paymentId").asText();
            JsonNode approved = call("POST", corporate + "/api/v1/corporate/payments/" + payment + "/approval", checker.token(),
                    "application/json", "{\"code\":\"" + checker.nextCode() + "\"}");
            if (!approved.get("status").asText().equals("COMPLETED")) {
                throw new IllegalStateException("the batch's payment was not posted: " + approved);
            }
            long payoutStart = System.nanoTime();
            JsonNode done;
            do {
                Thread.sleep(100);
                done = call("GET", corporate + "/api/v1/corporate/payroll-batches/" + batchId, maker.token(), null, null);
            } while (!done.get("status").asText().equals("COMPLETED"));
            double payoutSeconds = (System.nanoTime() - payoutStart) / 1e9;

            Pgbench.Result inserts = Pgbench.run(bench.ports.postgres(), "corporate", uploadScript(enterprise, account, rows), 1, 20);
            String jdbc = "jdbc:postgresql://127.0.0.1:" + bench.ports.postgres() + "/account";
            LedgerBenchmark.prepareSqlTwins(jdbc, 100);
            Pgbench.Result pgbench = Pgbench.run(bench.ports.postgres(), "account", LedgerBenchmark.pgbenchScript(100), IN_FLIGHT, 20);

            System.out.println();
            System.out.println("Payroll batch of " + rows + " rows to " + payeeCount + " payees, straight to corporate-service, "
                    + Runtime.getRuntime().availableProcessors() + " cores, one machine");
            System.out.printf("| phase | seconds | rows/s |%n|---|---|---|%n");
            System.out.printf("| upload: every row checked (directory, names by the ledger) and written | %.2f | %.0f |%n", uploadSeconds,
                    rows / uploadSeconds);
            System.out.printf("| payout: approval answered -> batch COMPLETED (a posting per row) | %.2f | %.0f |%n", payoutSeconds,
                    rows / payoutSeconds);
            System.out.printf("| pgbench: the upload's inserts (the batch, its %d rows in one statement), 1 client | %.2f | %.0f |%n", rows,
                    1 / inserts.tps(), rows * inserts.tps());
            System.out.printf("| pgbench: the ledger's SQL for one two-leg posting, %d clients | - | %.0f |%n", IN_FLIGHT, pgbench.tps());
            System.out.println("paid: " + done.get("paidRows") + " rows, " + done.get("paidAmount") + "; failed: " + done.get("failedRows"));
            System.out.println("pgbench, upload inserts: " + inserts);
            System.out.println("pgbench, postings: " + pgbench);
            System.out.printf("upload rows/s / pgbench's inserted rows/s: %.2f%n", rows / uploadSeconds / (rows * inserts.tps()));
            System.out.printf("payout rows/s / pgbench posting tps: %.2f%n", rows / payoutSeconds / pgbench.tps());
        }
    }

    /**
     * What R2dbcPayrollRepository.insert writes for an upload of {@code rows} valid rows, statement for statement: the
     * batch, then every row in one insert from arrays (built in the database here, bound by the service).
     */
    static String uploadScript(String enterprise, String account, int rows) {
        return """
                \\set n random(1, 1000000000000)
                BEGIN;
                INSERT INTO payroll_batch (id, enterprise_id, maker_id, from_account_id, payer_name, purpose, row_count, valid_rows, total,
                  file_sha256, duplicate_of, status, created_at, updated_at)
                  VALUES ('pg-' || :client_id || '-' || :n, '%1$s', 'pg-maker', '%2$s', '压测代发有限公司', 'SALARY', %3$d, %3$d, %3$d,
                  'pg', NULL, 'VALIDATED', now(), now());
                INSERT INTO payroll_row (batch_id, row_no, account_id, last_four, name, amount, memo, status, problem)
                  SELECT 'pg-' || :client_id || '-' || :n, * FROM unnest(
                  array(SELECT g FROM generate_series(1, %3$d) g), array(SELECT 'acc-' || g %% 200 FROM generate_series(1, %3$d) g),
                  array(SELECT lpad((g %% 10000)::text, 4, '0') FROM generate_series(1, %3$d) g),
                  array(SELECT '员工' || g %% 200 FROM generate_series(1, %3$d) g), array(SELECT 1.00 + g %% 100 / 100.0 FROM generate_series(1, %3$d) g)::numeric[],
                  array(SELECT '工资'::text FROM generate_series(1, %3$d) g), array(SELECT 'PENDING'::text FROM generate_series(1, %3$d) g),
                  array(SELECT NULL::text FROM generate_series(1, %3$d) g));
                COMMIT;
                """.formatted(enterprise, account, rows);
    }

    /** A customer with a card: its number and the holder's name. */
    private static String[] payee(BenchSystem bench, String staff, int i) throws Exception {
        // names are letters: the number in Chinese numerals
        String name = "员工" + String.valueOf(i).chars().mapToObj(d -> String.valueOf("零一二三四五六七八九".charAt(d - '0')))
                .collect(java.util.stream.Collectors.joining());
        String customer = BenchSystem.post(bench.accountService() + "/api/v1/ops/customers", staff, Map.of("name", name,
                "idNumber", ResidentIds.of(LocalDate.of(1980, 1, 1).plusDays(i), 100 + i), "phone", "137" + String.format("%08d", i),
                "birthDate", LocalDate.of(1980, 1, 1).plusDays(i).toString())).get("customerId").asText();
        String card = BenchSystem.post(bench.accountService() + "/api/v1/ops/accounts", staff, Map.of("customerId", customer,
                "product", "STANDARD", "region", "440100", "initialDeposit", "0")).get("cardNumber").asText();
        return new String[] {card, name};
    }

    /** corporate-service hears of new accounts through account-service's events. */
    private static void awaitPayeesKnown(BenchSystem bench, int count) throws Exception {
        String jdbc = "jdbc:postgresql://127.0.0.1:" + bench.ports.postgres() + "/corporate";
        for (int i = 0; i < 600; i++) {
            try (var connection = DriverManager.getConnection(jdbc, "postgres", "");
                 var found = connection.createStatement().executeQuery("select count(*) from payee_account")) {
                found.next();
                if (found.getLong(1) >= count) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("corporate-service did not hear of the payees' accounts in 60 s");
    }

    private static JsonNode call(String method, String url, String token, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return BenchSystem.JSON.readTree(response.body());
    }

    /** The local SMS phone notification-service keeps: where operators' activation codes arrive. */
    private record Phone(String notification, String staff) {

        private static final java.util.regex.Pattern ACTIVATION_CODE = java.util.regex.Pattern.compile("激活码([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");

        String activationCode(String number) throws Exception {
            for (int i = 0; i < 300; i++) {
                java.util.regex.Matcher code = ACTIVATION_CODE.matcher(call("GET", notification + "/api/v1/ops/dev/sms?phone=" + number, staff, null, null).toString());
                if (code.find()) {
                    return code.group(1);
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("no activation code reached " + number + " in 30 s");
        }
    }

    /** A signed-in operator and their authenticator app. */
    private record Operator(String token, AuthenticatorApp app, long[] lastStep) {

        /** Activation, the token bound with its first code, sign-in with the next. */
        static Operator activate(String corporate, String creditCode, String login, String activationCode) throws Exception {
            String uri = BenchSystem.post(corporate + "/api/v1/corporate/activation", null, Map.of("creditCode", creditCode,
                    "loginName", login, "activationCode", activationCode, "password", PASSWORD)).get("otpauthUri").asText();
            AuthenticatorApp app = AuthenticatorApp.of(uri);
            long step = app.step();
            BenchSystem.post(corporate + "/api/v1/corporate/activation/token", null, Map.of("creditCode", creditCode, "loginName", login,
                    "password", PASSWORD, "code", app.code(step)));
            String token = BenchSystem.post(corporate + "/api/v1/corporate/auth/login", null, Map.of("creditCode", creditCode,
                    "loginName", login, "password", PASSWORD, "code", app.code(step + 1))).get("accessToken").asText();
            return new Operator(token, app, new long[] {step + 1});
        }

        /** Enrols an operator with this administrator's next code; they activate with the code their phone got. */
        Operator enrol(String corporate, String creditCode, String login, String role, String number, Phone phone) throws Exception {
            BenchSystem.post(corporate + "/api/v1/corporate/operators", token, Map.of("loginName", login, "name", "操作员", "phone", number,
                    "role", role, "code", nextCode()));
            return activate(corporate, creditCode, login, phone.activationCode(number));
        }

        /** The next code the service takes: a step after the last spent one, at most one step ahead of now. */
        String nextCode() throws InterruptedException {
            while (app.step() < lastStep[0]) {
                Thread.sleep(200);
            }
            lastStep[0] = Math.max(lastStep[0] + 1, app.step());
            return app.code(lastStep[0]);
        }
    }
}
