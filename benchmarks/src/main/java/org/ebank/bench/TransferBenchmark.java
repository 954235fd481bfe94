package org.ebank.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.infra.ResidentIds;
import org.ebank.launcher.DemoData;
import org.ebank.launcher.LocalPhone;

/**
 * Transfers per second and their p99, a transfer being a quote and its confirmation (two calls, each
 * under a token; the confirmation with an Idempotency-Key and a ledger posting in account-service),
 * straight to transfer-service and through the gateway, beside pgbench running transfer-service's own
 * SQL for the same work (the ledger's SQL is LedgerBenchmark's). Each client is a customer paying a
 * known payee at the same branch (no fee, no SMS code).
 *
 * <pre>mvn -B -DskipTests install &amp;&amp; mvn -q -pl benchmarks exec:java -Dexec.mainClass=org.ebank.bench.TransferBenchmark</pre>
 */
public final class TransferBenchmark {

    private TransferBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 16);
        int rate = Integer.getInteger("rate", 100);
        Duration measure = Duration.ofSeconds(Integer.getInteger("seconds", 20));
        try (BenchSystem bench = BenchSystem.start()) {
            String staff = bench.token(DemoData.STAFF_USERNAME, DemoData.STAFF_PASSWORD);
            // as many customers as may pay at once in the open-loop phase: each customer pays one payment at a time
            List<Payer> payers = inParallel(8, IntStream.range(0, Math.max(clients, OPEN_LOOP_CUSTOMERS))
                    .mapToObj(i -> (Callable<Payer>) () -> payer(bench, staff, i)).toList());
            String direct = "http://127.0.0.1:" + bench.ports.transfer();
            String gatewayUrl = bench.ports.gatewayUrl();
            // both paths warm (JIT, pools) before either is measured: the gateway would otherwise warm up in its own measurement
            Duration warmup = Duration.ofSeconds(Integer.getInteger("warmupSeconds", 10));
            HttpLoad.run("warm-up", clients, warmup, transfers(direct, payers));
            HttpLoad.run("warm-up", clients, warmup, transfers(gatewayUrl, payers));
            Profiler profiler = Profiler.fromSystemProperty(bench);
            var straight = CpuUse.counted(bench, "transfer straight to transfer-service", () -> Profiler.measured(profiler,
                    "transfer-direct", () -> HttpLoad.run("transfer-service directly", clients, measure, transfers(direct, payers))));
            Statements statements = Statements.fromSystemProperty(bench);
            if (statements != null) {
                statements.reset();
            }
            var gateway = CpuUse.counted(bench, "transfer through the gateway", () -> Profiler.measured(profiler,
                    "transfer-gateway", () -> HttpLoad.run("through the gateway", clients, measure, transfers(gatewayUrl, payers))));
            if (statements != null) {
                statements.print("transfer", gateway.result().requests());
            }
            Instant openFrom = Instant.now();
            var open = HttpLoad.runAtRate("through the gateway, " + rate + "/s offered", rate, measure, OPEN_LOOP_CUSTOMERS,
                    transfers(gatewayUrl, payers));
            String alerts = AlertDelay.measure(bench.ports.postgres(), openFrom, Instant.now(), Duration.ofSeconds(10));
            Pgbench.Result sql = Pgbench.run(bench.ports.postgres(), "transfer", SCRIPT, clients, (int) measure.toSeconds());
            System.out.println();
            System.out.println("Transfers (quote + confirm, same branch, ledger posting), " + clients + " customers, "
                    + measure.toSeconds() + " s each, " + Runtime.getRuntime().availableProcessors() + " cores, one machine");
            System.out.println(straight.result());
            System.out.println(gateway.result());
            System.out.println("pgbench, transfer-service's SQL per transfer: " + sql);
            System.out.printf("ours / pgbench: directly %.2f, through the gateway %.2f%n", straight.result().perSecond() / sql.tps(),
                    gateway.result().perSecond() / sql.tps());
            System.out.println(open);
            System.out.println("动账 alert, posting's event written -> message in the centre (" + rate + "/s offered): " + alerts);
            System.out.println(straight.cpu());
            System.out.println(gateway.cpu());
        }
    }

    /** Customers paying in the open-loop phase: enough that one never waits for their own previous payment. */
    private static final int OPEN_LOOP_CUSTOMERS = 64;

    static <T> List<T> inParallel(int threads, List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(work)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One transfer: quote, then confirm; true when the money moved. */
    private static HttpLoad.Operation transfers(String base, List<Payer> payers) {
        AtomicInteger next = new AtomicInteger();
        ThreadLocal<Payer> mine = ThreadLocal.withInitial(() -> payers.get(next.getAndIncrement() % payers.size()));
        return () -> {
            Payer payer = mine.get();
            JsonNode quote = call(base + "/api/v1/transfers/quotes", payer.token(), null, Map.of("fromAccountId", payer.accountId(),
                    "toAccountNumber", payer.payeeCard(), "toName", "收款人", "amount", "0.01"));
            JsonNode transfer = call(base + "/api/v1/transfers", payer.token(), UUID.randomUUID().toString(),
                    Map.of("quoteId", quote.get("quoteId").asText()));
            return "COMPLETED".equals(transfer.path("status").asText());
        };
    }

    /** A customer with a funded card, signed in to netbank, who has paid their payee once (with the SMS code). */
    private static Payer payer(BenchSystem bench, String staff, int i) throws Exception {
        String account = bench.accountService();
        String phone = "136" + String.format("%08d", i);
        LocalDate born = LocalDate.of(1985, 1, 1).plusDays(i);
        String customer = BenchSystem.post(account + "/api/v1/ops/customers", staff, Map.of("name", "压测" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10),
                "idNumber", ResidentIds.of(born, i), "phone", phone, "birthDate", born.toString())).get("customerId").asText();
        JsonNode card = BenchSystem.post(account + "/api/v1/ops/accounts", staff, Map.of("customerId", customer,
                "product", "STANDARD", "region", "440100", "initialDeposit", "1000000.00"));
        String payeeCard = BenchSystem.post(account + "/api/v1/ops/accounts", staff, Map.of("customerId", customer,
                "product", "STANDARD", "region", "440100", "initialDeposit", "0")).get("cardNumber").asText();
        LocalPhone localPhone = LocalPhone.of(bench.ports, staff);
        localPhone.enrol(account, card.get("cardNumber").asText(), phone, "Bench2026", "NETBANK", null, null);
        String token = BenchSystem.post(account + "/api/v1/auth/login", null, Map.of("phone", phone, "password", "Bench2026",
                "channel", "NETBANK")).get("accessToken").asText();
        Payer payer = new Payer(token, card.get("accountId").asText(), payeeCard);
        payFirstTimeWithCode(bench, localPhone, payer, phone);
        return payer;
    }

    private static void payFirstTimeWithCode(BenchSystem bench, LocalPhone localPhone, Payer payer, String phone) throws Exception {
        String transfers = "http://127.0.0.1:" + bench.ports.transfer();
        JsonNode quote = null;
        for (int attempt = 0; quote == null; attempt++) {
            try {
                quote = call(transfers + "/api/v1/transfers/quotes", payer.token(), null, Map.of("fromAccountId", payer.accountId(),
                        "toAccountNumber", payer.payeeCard(), "toName", "收款人", "amount", "0.01"));
            } catch (IllegalStateException notYetKnown) {
                if (attempt > 100) {
                    throw notYetKnown;
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
        int seen = localPhone.codes(phone).size();
        call(transfers + "/api/v1/transfers/quotes/" + quote.get("quoteId").asText() + "/otp", payer.token(), null, Map.of());
        String code = localPhone.codeAfter(phone, seen);
        call(transfers + "/api/v1/transfers", payer.token(), UUID.randomUUID().toString(),
                Map.of("quoteId", quote.get("quoteId").asText(), "otp", code));
    }

    private static JsonNode call(String url, String token, String idempotencyKey, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(BenchSystem.JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = HttpLoad.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return BenchSystem.JSON.readTree(response.body());
    }

    /** The statements transfer-service runs for one same-branch transfer: quote, idempotency, accept, outcome, outbox. */
    private static final String SCRIPT = """
            \\set n random(1, 1000000000000)
            BEGIN;
            SELECT account_id, customer_id, card_number, product, region, family_account_id, star_level FROM card WHERE account_id = 'x';
            SELECT account_id, customer_id, card_number, product, region, family_account_id, star_level FROM card WHERE card_number = 'y';
            SELECT coalesce((SELECT amount FROM daily_total WHERE customer_id = 'bench-' || :client_id AND channel = 'NETBANK'
                AND day = current_date), 0) AS moved,
              exists (SELECT 1 FROM known_payee WHERE customer_id = 'bench-' || :client_id AND payee = 'y') AS known;
            INSERT INTO quote (id, customer_id, channel, from_account_id, to_account_number, to_name, amount, fee_account_id, kind,
              base_fee, fee, scheduled, purpose, otp_required, created_at, expires_at)
              VALUES ('pq-' || :client_id || '-' || :n, 'bench-' || :client_id, 'NETBANK', 'x', 'y', 'z', 0.01, 'x', 'SAME_REGION',
              0, 0, false, 'TRANSFER', false, now(), now() + interval '10 minutes');
            END;
            INSERT INTO idempotent_request (scope, idempotency_key, request_hash, status)
              VALUES ('bench-' || :client_id, 'k' || :n, 'h', 'IN_FLIGHT') ON CONFLICT DO NOTHING;
            BEGIN;
            SELECT * FROM quote WHERE id = 'pq-' || :client_id || '-' || :n AND customer_id = 'bench-' || :client_id
              FOR UPDATE;
            INSERT INTO daily_total (customer_id, channel, day, amount) VALUES ('bench-' || :client_id, 'NETBANK', current_date, 0)
              ON CONFLICT (customer_id, channel, day) DO UPDATE SET amount = daily_total.amount RETURNING amount;
            WITH accepted AS (INSERT INTO transfer (id, quote_id, customer_id, channel, from_account_id, to_account_number, to_name,
                amount, fee_account_id, kind, base_fee, fee, scheduled, status, created_at, updated_at)
                VALUES ('pt-' || :client_id || '-' || :n, 'pq-' || :client_id || '-' || :n, 'bench-' || :client_id, 'NETBANK', 'x', 'y',
                'z', 0.01, 'x', 'SAME_REGION', 0, 0, false, 'PENDING', now(), now())),
              quote_used AS (UPDATE quote SET used = true WHERE id = 'pq-' || :client_id || '-' || :n),
              spent AS (UPDATE daily_total SET amount = amount + 0.01 WHERE customer_id = 'bench-' || :client_id AND channel = 'NETBANK'
                AND day = current_date),
              payee AS (INSERT INTO known_payee (customer_id, payee) VALUES ('bench-' || :client_id, 'y') ON CONFLICT DO NOTHING),
              kept AS (UPDATE quota_use SET expires_at = 'infinity' WHERE quote_id = 'pq-' || :client_id || '-' || :n
                AND status = 'RESERVED')
            SELECT 1;
            END;
            BEGIN;
            UPDATE transfer SET status = 'COMPLETED', updated_at = now() WHERE id = 'pt-' || :client_id || '-' || :n AND status = 'PENDING';
            INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, traceparent)
              SELECT event_id, topic, event_key, event_type, payload, traceparent
              FROM unnest(ARRAY[gen_random_uuid()::text]::uuid[], ARRAY['ebank.transfer.transfer.v1'], ARRAY['bench-' || :client_id],
                ARRAY['ebank.transfer.TransferCompleted'],
                ARRAY['{"specversion":"1.0","type":"ebank.transfer.TransferCompleted","data":{"transferId":"t","amount":0.01}}'],
                ARRAY[NULL::text]) WITH ORDINALITY AS e(event_id, topic, event_key, event_type, payload, traceparent, n) ORDER BY n;
            END;
            UPDATE idempotent_request SET status = 'DONE', response_status = 201, response_type = 'application/json',
              response_body = '{"transferId":"t","status":"COMPLETED"}' WHERE scope = 'bench-' || :client_id AND idempotency_key = 'k' || :n;
            """;

    private record Payer(String token, String accountId, String payeeCard) {
    }
}
