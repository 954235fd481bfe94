package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.ebank.infra.ResidentIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A busy minute through the gateway: 64 customers at once, each paying and looking at accounts and products, get no
 * 5xx answer — the gateway turns away nothing it could serve — and every payment moves its money exactly once. The
 * customers are set up straight at the services (setting up is not what is measured, and sign-in has its own limits).
 */
@ExtendWith(RunningSystem.class)
class UnderLoadIT {

    private static final int CUSTOMERS = 64;
    private static final int ROUNDS = 4;

    private static Api gateway;
    private static Api accounts;
    private static Api transfers;
    private static String staff;

    @BeforeAll
    static void running() {
        Ports ports = RunningSystem.current().system().ports();
        gateway = RunningSystem.api();
        accounts = new Api("http://127.0.0.1:" + ports.account());
        transfers = new Api("http://127.0.0.1:" + ports.transfer());
        staff = RunningSystem.staffToken();
    }

    @Test
    void sixtyFourCustomersPayingAtOnceGetNoServerErrorAndEachPaymentMovesItsMoneyOnce() throws Exception {
        List<Payer> payers = inParallel(8, IntStream.range(0, CUSTOMERS).mapToObj(i -> (Work<Payer>) () -> payer(i)).toList());

        List<String> serverErrors = new CopyOnWriteArrayList<>();
        Map<String, Integer> completed = new ConcurrentHashMap<>();
        inParallel(CUSTOMERS, payers.stream().map(payer -> (Work<Void>) () -> {
            for (int round = 0; round < ROUNDS; round++) {
                Api.Reply quote = gateway.post("/api/v1/transfers/quotes", payer.token(), payer.quoteBody("1.00"));
                record(serverErrors, "quote", quote);
                if (quote.status() == 201) {
                    Api.Reply transfer = gateway.command("/api/v1/transfers", payer.token(),
                            Map.of("quoteId", quote.body().get("quoteId").asText()));
                    record(serverErrors, "transfer", transfer);
                    if ("COMPLETED".equals(transfer.body().path("status").asText())) {
                        completed.merge(payer.accountId(), 1, Integer::sum);
                    }
                }
                record(serverErrors, "accounts", gateway.get("/api/v1/accounts", payer.token()));
                record(serverErrors, "products", gateway.get("/api/v1/wealth/products", null));
            }
            return null;
        }).toList());

        assertThat(serverErrors).as("answers 5xx under load").isEmpty();
        assertThat(completed).as("every customer's every payment went through").hasSize(CUSTOMERS)
                .allSatisfy((account, count) -> assertThat(count).isEqualTo(ROUNDS));
        for (Payer payer : payers) {
            JsonNode card = gateway.get("/api/v1/accounts", payer.token()).body().get("items").get(0);
            assertThat(card.get("balance").asText()).as("1000.00 less the first 0.01 and " + ROUNDS + " payments of 1.00")
                    .isEqualTo("995.99");
        }
    }

    private static void record(List<String> serverErrors, String what, Api.Reply reply) {
        if (reply.status() >= 500) {
            serverErrors.add(what + " " + reply.status() + " " + reply.text());
        }
    }

    /** A customer with a funded card and a second card of theirs, signed in to netbank, who has paid it once with an SMS code. */
    private static Payer payer(int i) {
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(i);
        String phone = "1357" + String.format("%07d", i);
        String customer = accounts.post("/api/v1/ops/customers", staff, Map.of("name", "负载" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10),
                "idNumber", ResidentIds.of(born, 400 + i), "phone", phone, "birthDate", born.toString())).body().get("customerId").asText();
        JsonNode card = accounts.command("/api/v1/ops/accounts", staff, Map.of("customerId", customer, "product", "STANDARD",
                "region", "440100", "initialDeposit", "1000.00")).body();
        String payeeCard = accounts.command("/api/v1/ops/accounts", staff, Map.of("customerId", customer, "product", "STANDARD",
                "region", "440100", "initialDeposit", "0")).body().get("cardNumber").asText();
        LocalPhone localPhone = new LocalPhone("http://127.0.0.1:" + RunningSystem.current().system().ports().notification(), staff);
        localPhone.enrol("http://127.0.0.1:" + RunningSystem.current().system().ports().account(), card.get("cardNumber").asText(), phone,
                DemoData.CUSTOMER_PASSWORD, "NETBANK", null, null);
        String token = accounts.post("/api/v1/auth/login", null, Map.of("phone", phone, "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK")).body().get("accessToken").asText();
        Payer payer = new Payer(token, card.get("accountId").asText(), payeeCard);
        // transfer-service learns of new cards from account-service's events
        String quote = await().atMost(Duration.ofSeconds(60)).until(() -> transfers.post("/api/v1/transfers/quotes", token,
                payer.quoteBody("0.01")), reply -> reply.status() == 201).body().get("quoteId").asText();
        int seen = localPhone.codes(phone).size();
        assertThat(transfers.post("/api/v1/transfers/quotes/" + quote + "/otp", token, Map.of()).status()).isEqualTo(202);
        String code = localPhone.codeAfter(phone, seen);
        assertThat(transfers.command("/api/v1/transfers", token, Map.of("quoteId", quote, "otp", code)).body().get("status").asText())
                .isEqualTo("COMPLETED");
        return payer;
    }

    private static <T> List<T> inParallel(int threads, List<Work<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            work.forEach(w -> futures.add(pool.submit(w::run)));
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws Exception;
    }

    private record Payer(String token, String accountId, String payeeCard) {

        Map<String, Object> quoteBody(String amount) {
            return Map.of("fromAccountId", accountId, "toAccountNumber", payeeCard, "toName", "本人", "amount", amount);
        }
    }
}
