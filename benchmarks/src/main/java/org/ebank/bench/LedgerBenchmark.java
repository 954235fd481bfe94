package org.ebank.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.ebank.launcher.DemoData;
import org.ebank.infra.ResidentIds;

/**
 * Ledger postings per second through account-service (HTTP, JSON, JWT, R2DBC, outbox) beside pgbench
 * running the same SQL on the same PostgreSQL, in the same run: the gap is what the service costs.
 *
 * <pre>mvn -B -DskipTests install &amp;&amp; mvn -q -pl benchmarks exec:java -Dexec.mainClass=org.ebank.bench.LedgerBenchmark</pre>
 *
 * System properties: {@code clients} (16), {@code seconds} (20), {@code accounts} (100), {@code profile} (a directory: CPU
 * profiles of every service while the service is measured, see {@link Profiler}). Needs {@code pgbench} on the PATH.
 */
public final class LedgerBenchmark {

    private static final AtomicLong sequence = new AtomicLong();

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 16);
        int seconds = Integer.getInteger("seconds", 20);
        int accountCount = Integer.getInteger("accounts", 100);
        try (BenchSystem bench = BenchSystem.start()) {
            String staff = bench.token(DemoData.STAFF_USERNAME, DemoData.STAFF_PASSWORD);
            String service = bench.token("transfer-service", "transfer-local-secret");
            List<String> accounts = openAccounts(bench, staff, accountCount);
            String jdbc = "jdbc:postgresql://127.0.0.1:" + bench.ports.postgres() + "/account";
            prepareSqlTwins(jdbc, accountCount);

            Supplier<HttpRequest> postings = () -> posting(bench.accountService(), service, accounts);
            HttpLoad.run("warm-up", clients, Duration.ofSeconds(10), postings, 201);
            Profiler profiler = Profiler.fromSystemProperty(bench);
            var viaService = CpuUse.counted(bench, "posting", () -> Profiler.measured(profiler, "ledger",
                    () -> HttpLoad.run("account-service POST /internal/ledger/postings", clients, Duration.ofSeconds(seconds), postings, 201)));
            Pgbench.Result pgbench = Pgbench.run(bench.ports.postgres(), "account", pgbenchScript(accountCount), clients, seconds);

            System.out.println();
            System.out.println("Ledger postings (2 legs, random pairs of " + accountCount + " accounts), " + clients
                    + " clients, " + seconds + " s, " + Runtime.getRuntime().availableProcessors() + " cores, one machine");
            System.out.println(viaService.result());
            System.out.println("pgbench, the same SQL: " + pgbench);
            System.out.printf("ours / pgbench: %.2f%n", viaService.result().perSecond() / pgbench.tps());
            System.out.println(viaService.cpu());
        }
    }

    private static List<String> openAccounts(BenchSystem bench, String staff, int count) throws Exception {
        String customer = BenchSystem.post(bench.accountService() + "/api/v1/ops/customers", staff, Map.of("name", "压测",
                "idNumber", ResidentIds.of(LocalDate.of(1980, 1, 1), 7), "phone", "13700000000", "birthDate", "1980-01-01"))
                .get("customerId").asText();
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(BenchSystem.post(bench.accountService() + "/api/v1/ops/accounts", staff, Map.of("customerId", customer,
                    "product", "STANDARD", "region", "440100", "initialDeposit", "1000000.00")).get("accountId").asText());
        }
        return accounts;
    }

    private static HttpRequest posting(String accountService, String token, List<String> accounts) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String from = accounts.get(random.nextInt(accounts.size()));
        String to = accounts.get(random.nextInt(accounts.size()));
        String body = "{\"postingId\":\"svc-" + sequence.incrementAndGet() + "\",\"channel\":\"MOBILE\",\"kind\":\"TRANSFER\","
                + "\"legs\":[{\"accountId\":\"" + from + "\",\"direction\":\"DEBIT\",\"amount\":\"0.01\"},"
                + "{\"accountId\":\"" + to + "\",\"direction\":\"CREDIT\",\"amount\":\"0.01\"}]}";
        return HttpRequest.newBuilder(URI.create(accountService + "/internal/ledger/postings"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Accounts bench-1..n beside the service's, funded, for pgbench to post between. */
    static void prepareSqlTwins(String jdbc, int count) throws Exception {
        try (var connection = DriverManager.getConnection(jdbc, "postgres", "")) {
            connection.createStatement().execute("""
                    insert into account (id, kind, customer_id, card_number, product, region, balance)
                    select 'bench-' || n, 'CUSTOMER', (select min(id) from customer), 'bench-card-' || n, 'STANDARD', '440100', 1000000
                    from generate_series(1, %d) as n""".formatted(count));
        }
    }

    /**
     * What RecordPosting, R2dbcLedgerRepository and the outbox do for one two-leg posting written alone, statement for
     * statement. The service writes postings that arrive together in one transaction (group commit), so it can beat this.
     */
    static String pgbenchScript(int accounts) {
        String payload = "{\"specversion\":\"1.0\",\"id\":\"00000000-0000-0000-0000-000000000000\",\"source\":\"/ebank/account-service\","
                + "\"type\":\"ebank.account.PostingRecorded\",\"subject\":\"bench\",\"data\":{\"postingId\":\"x\",\"accountId\":\"bench\","
                + "\"customerId\":\"cus\",\"product\":\"STANDARD\",\"cardLastFour\":\"0000\",\"direction\":\"DEBIT\",\"amount\":0.01,"
                + "\"balanceAfter\":999999.99,\"channel\":\"MOBILE\",\"kind\":\"TRANSFER\",\"recordedAt\":\"2026-01-01T00:00:00Z\"}}";
        return """
                \\set a random(1, %1$d)
                \\set b random(1, %1$d)
                \\set n random(1, 1000000000000)
                BEGIN;
                SELECT id, kind, balance, held, customer_id, product, right(card_number, 4) FROM account
                  WHERE id = any(ARRAY['bench-' || :a, 'bench-' || :b]) AND kind = 'CUSTOMER' ORDER BY id FOR UPDATE;
                SELECT id, kind, balance, held FROM account WHERE id = any(ARRAY['bench-' || :a, 'bench-' || :b]) AND kind = 'INTERNAL';
                SELECT id, fingerprint, status, channel, kind, memo, refusal, refused_account, recorded_at FROM posting
                  WHERE id = any(ARRAY['pg-' || :client_id || '-' || :n]);
                INSERT INTO posting (id, fingerprint, channel, kind, memo, status, refusal, refused_account, captures_hold, reverses,
                  recorded_at)
                  SELECT * FROM unnest(ARRAY['pg-' || :client_id || '-' || :n], ARRAY['f'], ARRAY['MOBILE'], ARRAY['TRANSFER'],
                  ARRAY[NULL::text], ARRAY['RECORDED'], ARRAY[NULL::text], ARRAY[NULL::text], ARRAY[NULL::text], ARRAY[NULL::text],
                  ARRAY[now()::text]::timestamptz[]);
                INSERT INTO entry (posting_id, account_id, direction, amount, balance_after, counterparty, recorded_at)
                  SELECT e.p, e.a, e.d, e.amount, e.after, e.c, e.at
                  FROM unnest(ARRAY['pg-' || :client_id || '-' || :n, 'pg-' || :client_id || '-' || :n], ARRAY['bench-' || :a, 'bench-' || :b],
                  ARRAY['DEBIT', 'CREDIT'], ARRAY[0.01, 0.01], ARRAY[1000000, 1000000], ARRAY[NULL::text, NULL::text],
                  ARRAY[now()::text, now()::text]::timestamptz[]) WITH ORDINALITY AS e(p, a, d, amount, after, c, at, n) ORDER BY n;
                UPDATE account a SET balance = b.balance FROM unnest(ARRAY['bench-' || :a, 'bench-' || :b],
                  ARRAY[(SELECT balance - 0.01 FROM account WHERE id = 'bench-' || :a),
                        (SELECT balance + 0.01 FROM account WHERE id = 'bench-' || :b)]) AS b(id, balance)
                  WHERE a.id = b.id AND a.kind = 'CUSTOMER';
                INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, traceparent)
                  SELECT event_id, topic, event_key, event_type, payload, traceparent
                  FROM unnest(ARRAY[gen_random_uuid()::text, gen_random_uuid()::text]::uuid[],
                  ARRAY['ebank.account.posting.v1', 'ebank.account.posting.v1'], ARRAY['bench-' || :a, 'bench-' || :b],
                  ARRAY['ebank.account.PostingRecorded', 'ebank.account.PostingRecorded'], ARRAY['%2$s', '%2$s'],
                  ARRAY[NULL::text, NULL::text]) WITH ORDINALITY AS e(event_id, topic, event_key, event_type, payload, traceparent, n)
                  ORDER BY n;
                END;
                """.formatted(accounts, payload);
    }
}
