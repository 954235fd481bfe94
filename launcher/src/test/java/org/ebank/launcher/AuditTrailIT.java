package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Through the gateway of the running system: staff and channel-system actions in the audit trail, and cash fee waivers. */
@ExtendWith(RunningSystem.class)
class AuditTrailIT {

    private static Api api;
    private static String staff;

    @BeforeAll
    static void running() {
        api = RunningSystem.api();
        staff = RunningSystem.staffToken();
    }

    @Test
    void staffAndChannelSystemActionsAreInTheAuditTrailWithTheirRequestAndACashFeeCanBeGivenBack() {
        Api.Reply opened = api.send("POST", "/api/v1/ops/accounts", staff, Map.of("customerId", Staff.newCustomer(), "product", "STANDARD",
                "region", "440100", "initialDeposit", "800.00"), Map.of("Idempotency-Key", UUID.randomUUID().toString(),
                "X-Request-Id", "chosen-by-the-caller"));
        String account = opened.body().get("accountId").asText();
        String openRequest = opened.requestId();
        assertThat(openRequest).as("the gateway's own id, not the caller's").isNotEqualTo("chosen-by-the-caller");

        // cash taken out in another region pays a fee; staff give it back by hand, as a transfer's
        String atm = api.post("/api/v1/auth/staff-login", null, Map.of("username", "atm01", "password", "Atm@2026"))
                .body().get("accessToken").asText();
        Map<String, Object> withdrawal = Map.of("accountId", account, "type", "WITHDRAWAL", "amount", "100.00", "region", "410100",
                "channel", "ATM", "deviceId", "ATM-410100-01");
        // transfer-service learns of the new card from account-service's event: wait until it has
        JsonNode cash = await().atMost(Duration.ofSeconds(30)).until(() -> api.command("/api/v1/channel/cash-operations", atm, withdrawal),
                reply -> reply.status() == 201).body();
        String cashId = cash.get("operationId").asText();
        assertThat(new java.math.BigDecimal(cash.get("fee").asText())).as("a cross-region withdrawal's fee").isPositive();
        Api.Reply waived = api.post("/api/v1/ops/fees/" + cashId + "/waive", staff, Map.of("reason", "ATM 故障 complaint"));
        String waiveRequest = waived.requestId();
        assertThat(waived.status()).as(waived.text()).isEqualTo(200);
        assertThat(waived.body().get("refunded").asText()).isEqualTo(cash.get("fee").asText());
        assertThat(Databases.strings("account", "select balance::text from account where id = '" + account + "'"))
                .as("800.00, less the 100.00 taken out; the fee came back").containsExactly("700.00");

        JsonNode openedRecord = audit("requestId=" + openRequest).get(0);
        assertThat(openedRecord.get("actor").asText()).isEqualTo(DemoData.STAFF_USERNAME);
        assertThat(openedRecord.get("role").asText()).isEqualTo("STAFF");
        assertThat(openedRecord.get("action").asText()).isEqualTo("ACCOUNT_OPENED");
        assertThat(openedRecord.get("subject").asText()).isEqualTo(account);
        assertThat(openedRecord.get("service").asText()).isEqualTo("account-service");
        assertThat(openedRecord.get("details").get("initialDeposit").asText()).isEqualTo("800.00");
        assertThat(openedRecord.get("details").toString()).as("never a full card number").doesNotContainPattern("\\d{16}");
        JsonNode waiverRecord = audit("requestId=" + waiveRequest).get(0);
        assertThat(waiverRecord.get("action").asText()).isEqualTo("FEE_WAIVED");
        assertThat(waiverRecord.get("subject").asText()).isEqualTo(cashId);
        assertThat(waiverRecord.get("details").get("reason").asText()).isEqualTo("ATM 故障 complaint");
        JsonNode cashRecord = audit("action=CASH_OPERATION&subject=" + cashId).get(0);
        assertThat(cashRecord.get("actor").asText()).isEqualTo("atm01");
        assertThat(cashRecord.get("role").asText()).isEqualTo("CHANNEL");

        Api.Reply first = api.get("/api/v1/ops/audit?actor=" + DemoData.STAFF_USERNAME + "&limit=1", staff);
        String cursor = first.body().get("nextCursor").asText();
        JsonNode second = api.get("/api/v1/ops/audit?actor=" + DemoData.STAFF_USERNAME + "&limit=1&cursor=" + cursor, staff).body();
        assertThat(second.get("items").get(0).get("id").asText()).as("the next page goes on").isNotEqualTo(first.body().get("items")
                .get(0).get("id").asText());
        assertThat(api.get("/api/v1/ops/audit?action=NOT_AN_ACTION", staff).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/ops/audit", signIn(DemoData.CUSTOMERS.get(2))).status()).as("staff only").isEqualTo(403);
    }

    /** The audit records a query finds, once at least one has arrived. */
    private static JsonNode audit(String query) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/ops/audit?" + query, staff).body().path("items"),
                items -> items.size() > 0);
    }

    private static String signIn(DemoData.DemoCustomer customer) {
        return api.post("/api/v1/auth/login", null, Map.of("phone", customer.phone(), "password", DemoData.CUSTOMER_PASSWORD,
                "channel", "NETBANK")).body().get("accessToken").asText();
    }
}
