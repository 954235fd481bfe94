package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A busy minute through the gateway: 64 customers at once, each paying and looking at accounts and products, get no
 * 5xx answer — the gateway turns away nothing it could serve — and every payment moves its money exactly once.
 */
@ExtendWith(RunningSystem.class)
class UnderLoadIT {

    private static final int CUSTOMERS = 64;
    private static final int ROUNDS = 4;

    private static Api gateway;

    @BeforeAll
    static void running() {
        gateway = RunningSystem.api();
    }

    @Test
    void sixtyFourCustomersPayingAtOnceGetNoServerErrorAndEachPaymentMovesItsMoneyOnce() throws Exception {
        List<Payers.Payer> payers = Payers.create("1357", 400, CUSTOMERS, "1000.00");

        List<String> serverErrors = new CopyOnWriteArrayList<>();
        Map<String, Integer> completed = new ConcurrentHashMap<>();
        Payers.inParallel(CUSTOMERS, payers.stream().map(payer -> (Payers.Work<Void>) () -> {
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
        for (Payers.Payer payer : payers) {
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
}
