package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.ebank.infra.ResidentIds;

/**
 * Customers for the load tests, set up straight at the services (setting up is not what those tests measure, and
 * sign-in has its own limits): each with a funded card and a second card of their own, signed in to netbank, having
 * paid the second card once with an SMS code, so that each payment after it needs no code.
 */
final class Payers {

    private Payers() {
    }

    /** {@code count} new customers, phones {@code <phonePrefix>0000000…}, each with {@code deposit} on the first card. */
    static List<Payer> create(String phonePrefix, int idSerial, int count, String deposit) throws Exception {
        return create(RunningSystem.current().system().ports(), RunningSystem.staffToken(), phonePrefix, idSerial, count, deposit);
    }

    /** The same, on a system of a test's own. */
    static List<Payer> create(Ports ports, String staff, String phonePrefix, int idSerial, int count, String deposit) throws Exception {
        Api accounts = new Api("http://127.0.0.1:" + ports.account());
        Api transfers = new Api("http://127.0.0.1:" + ports.transfer());
        LocalPhone phone = LocalPhone.of(ports, staff);
        return inParallel(8, IntStream.range(0, count).mapToObj(i -> (Work<Payer>) () ->
                payer(accounts, transfers, phone, staff, phonePrefix + String.format("%07d", i), idSerial + i, i, deposit)).toList());
    }

    private static Payer payer(Api accounts, Api transfers, LocalPhone localPhone, String staff, String phone, int serial, int i,
                               String deposit) {
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(serial);
        String customer = accounts.post("/api/v1/ops/customers", staff, Map.of("name", "负载" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10),
                "idNumber", ResidentIds.of(born, serial), "phone", phone, "birthDate", born.toString())).body().get("customerId").asText();
        JsonNode card = accounts.command("/api/v1/ops/accounts", staff, Map.of("customerId", customer, "product", "STANDARD",
                "region", "440100", "initialDeposit", deposit)).body();
        JsonNode second = accounts.command("/api/v1/ops/accounts", staff, Map.of("customerId", customer, "product", "STANDARD",
                "region", "440100", "initialDeposit", "0")).body();
        localPhone.enrol(accounts.base(), card.get("cardNumber").asText(), phone,
                DemoData.CUSTOMER_PASSWORD, "NETBANK", null, null);
        String token = accounts.post("/api/v1/auth/login", null, Map.of("phone", phone, "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK")).body().get("accessToken").asText();
        Payer payer = new Payer(customer, token, card.get("accountId").asText(), second.get("accountId").asText(),
                second.get("cardNumber").asText());
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

    static <T> List<T> inParallel(int threads, List<Work<T>> work) throws Exception {
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
    interface Work<T> {
        T run() throws Exception;
    }

    /** A customer paying their own second card ({@code payeeCard}): money stays with them, the fee is nil. */
    record Payer(String customerId, String token, String accountId, String secondAccountId, String payeeCard) {

        Map<String, Object> quoteBody(String amount) {
            return Map.of("fromAccountId", accountId, "toAccountNumber", payeeCard, "toName", "本人", "amount", amount);
        }
    }
}
