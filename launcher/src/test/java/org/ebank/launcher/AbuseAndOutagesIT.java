package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.ebank.infra.ResidentIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Through the gateway of the running system: password and OTP guessing end, and one service down leaves the rest up. */
@ExtendWith(RunningSystem.class)
class AbuseAndOutagesIT {

    private static Api api;
    private static String staff;

    @BeforeAll
    static void running() {
        api = RunningSystem.api();
        staff = RunningSystem.staffToken();
    }

    @Test
    void fiveWrongPasswordsLockTheSignInEvenForTheRightOne() {
        Map<String, Object> wrong = Map.of("phone", "13800000005", "password", "guess-1", "channel", "NETBANK");
        for (int i = 1; i <= 5; i++) {
            Api.Reply reply = api.post("/api/v1/auth/login", null, wrong);
            assertThat(reply.status()).as("attempt " + i + " (the fifth already says locked)").isEqualTo(i < 5 ? 401 : 423);
            assertThat(reply.isProblem()).isTrue();
        }
        Api.Reply right = api.post("/api/v1/auth/login", null, Map.of("phone", "13800000005", "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK"));
        assertThat(right.status()).isEqualTo(423);
        assertThat(right.body().get("type").asText()).endsWith("/login-locked");
    }

    @Test
    void threeWrongSmsCodesExhaustTheQuoteAndNoMoneyMoves() {
        DemoData.DemoCustomer student = DemoData.CUSTOMERS.get(1);
        String token = api.post("/api/v1/auth/login", null, Map.of("phone", student.phone(), "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK")).body().get("accessToken").asText();
        JsonNode account = api.get("/api/v1/accounts", token).body().get("items").get(0);
        Map<String, Object> quoteBody = Map.of("fromAccountId", account.get("accountId").asText(), "toAccountNumber", newCard(),
                "toName", "收款人", "amount", "50.00");
        // transfer-service learns of the new card from account-service's event: wait until it has
        String quote = await().atMost(Duration.ofSeconds(30)).until(() -> api.post("/api/v1/transfers/quotes", token, quoteBody),
                reply -> reply.status() == 201).body().get("quoteId").asText();
        int seen = RunningSystem.phone().codes(student.phone()).size();
        assertThat(api.post("/api/v1/transfers/quotes/" + quote + "/otp", token, Map.of()).status()).isEqualTo(202);
        String code = RunningSystem.phone().codeAfter(student.phone(), seen);
        String wrongCode = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 3; i++) {
            assertThat(api.command("/api/v1/transfers", token, Map.of("quoteId", quote, "otp", wrongCode)).status()).isEqualTo(422);
        }
        Api.Reply right = api.command("/api/v1/transfers", token, Map.of("quoteId", quote, "otp", code));
        assertThat(right.status()).isEqualTo(422);
        assertThat(right.body().get("type").asText()).endsWith("/otp-exhausted");
        assertThat(api.get("/api/v1/accounts", token).body().get("items").get(0).get("balance").asText())
                .isEqualTo(account.get("balance").asText());
    }

    @Test
    void withWealthServiceStoppedItsRoutesAnswer503ProblemAtOnceWhileTheOthersWorkAndTheyRecoverWhenItReturns() {
        LocalSystem system = RunningSystem.current().system();
        String token = api.post("/api/v1/auth/login", null, Map.of("phone", DemoData.CUSTOMERS.get(3).phone(),
                "password", DemoData.CUSTOMER_PASSWORD, "channel", "NETBANK")).body().get("accessToken").asText();
        system.kill("wealth-service");
        try {
            long started = System.nanoTime();
            Api.Reply products = api.get("/api/v1/wealth/products", null);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("well within the route's 10 s timeout")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(products.status()).isEqualTo(503);
            assertThat(products.isProblem()).isTrue();
            assertThat(products.body().get("type").asText()).endsWith("/service-unavailable");
            assertThat(api.get("/api/v1/wealth/holdings", token).status()).isEqualTo(503);

            assertThat(api.get("/api/v1/accounts", token).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/transfers", token).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/messages", token).status()).isEqualTo(200);
        } finally {
            system.startService("wealth-service");
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get("/api/v1/wealth/products", null).status() == 200);
        assertThat(api.get("/api/v1/wealth/holdings", token).status()).isEqualTo(200);
    }

    private static String newCard() {
        LocalDate born = LocalDate.of(1991, 1, 1);
        String customer = api.post("/api/v1/ops/customers", staff, Map.of("name", "收款人", "idNumber", ResidentIds.of(born, 91),
                "phone", "13922220001", "birthDate", born.toString())).body().get("customerId").asText();
        return api.command("/api/v1/ops/accounts", staff, Map.of("customerId", customer, "product", "STANDARD", "region", "440100",
                "initialDeposit", "0")).body().get("cardNumber").asText();
    }
}
