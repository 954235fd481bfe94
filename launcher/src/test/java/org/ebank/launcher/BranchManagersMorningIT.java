package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A branch manager's morning, through the gateway of the running system: two new branches, an account manager at each;
 * customers they referred (and one with a code nobody has) enrol and sign in; one pays at the counter and the ATM and
 * has no e-banking, one buys a wealth product on netbank and one at the counter. Each branch's KPIs, the league table,
 * each account manager's incentives to the fen, the branch's prospects and the ATMs' review read as worked out here,
 * and the same after the KPI read model is rebuilt from the topics.
 */
@ExtendWith(RunningSystem.class)
class BranchManagersMorningIT {

    @Test
    void twoBranchesKpisLeagueTableIncentivesProspectsAndAtmsReadAsWorkedOutAndTheSameAfterARebuild() throws Exception {
        Api api = RunningSystem.api();
        String admin = RunningSystem.staffToken();
        String east = BranchesIT.newBranch(api, admin);
        String west = BranchesIT.newBranch(api, admin);
        String[] eastManager = accountManager(api, admin, east);
        String[] westManager = accountManager(api, admin, west);
        String counter = systemToken(api, "counter01", "Counter@2026");
        String atm = systemToken(api, "atm01", "Atm@2026");
        String gateway = RunningSystem.current().system().ports().gatewayUrl();

        // east: 甲 enrols in netbank on its account manager's code, signs in and buys 日日升 there; 乙 has no e-banking and
        // pays in at the counter and takes cash out of the east ATM
        Staff.Person jia = Staff.newPerson();
        JsonNode jiaCard = open(api, eastManager[1], jia, "5000.00");
        RunningSystem.phone().enrol(gateway, jiaCard.get("cardNumber").asText(), jia.phone(), "Customer2026", "NETBANK", null,
                eastManager[0]);
        String jiaToken = signIn(api, jia, "NETBANK", null);
        assess(api, jiaToken);
        // wealth-service may still be learning of the new card
        await().atMost(Duration.ofSeconds(30)).until(() -> api.command("/api/v1/wealth/orders", jiaToken, Map.of("productCode", "RRS001",
                "accountId", jiaCard.get("accountId").asText(), "amount", "1000.00")).status() == 201);
        Staff.Person yi = Staff.newPerson();
        JsonNode yiCard = open(api, eastManager[1], yi, "0");
        String eastAtm = "ATM-" + east + "-01";
        cash(api, counter, yiCard, "DEPOSIT", "COUNTER", null, "800.00");
        cash(api, atm, yiCard, "WITHDRAWAL", "ATM", eastAtm, "300.00");

        // west: 丙 enrols in the mobile bank on its account manager's code, signs in and buys 日日升 at the counter; 丁
        // enrols with a code nobody has
        Staff.Person bing = Staff.newPerson();
        JsonNode bingCard = open(api, westManager[1], bing, "3000.00");
        RunningSystem.phone().enrol(gateway, bingCard.get("cardNumber").asText(), bing.phone(), "Customer2026", "MOBILE",
                "morning-phone-" + west, westManager[0]);
        assess(api, signIn(api, bing, "MOBILE", "morning-phone-" + west));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.command("/api/v1/channel/wealth-orders", counter, Map.of(
                "customerId", bing.customerId(), "tellerCode", "staff22", "productCode", "RRS001", "accountId", bingCard.get("accountId").asText(),
                "amount", "2000.00")).status() == 201);
        Staff.Person ding = Staff.newPerson();
        JsonNode dingCard = open(api, westManager[1], ding, "0");
        RunningSystem.phone().enrol(gateway, dingCard.get("cardNumber").asText(), ding.phone(), "Customer2026", "MOBILE",
                "morning-phone-ding-" + west, "NOBODY-" + west);

        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode eastKpis = api.get("/api/v1/ops/branches/" + east + "/kpis", eastManager[1]).body();
            assertThat(eastKpis.get("transactions").get("all").get("count").asLong()).as(eastKpis.toString()).isEqualTo(3);
            JsonNode westKpis = api.get("/api/v1/ops/branches/" + west + "/kpis", eastManager[1]).body();
            assertThat(westKpis.get("transactions").get("all").get("count").asLong()).as(westKpis.toString()).isEqualTo(1);
            assertThat(westKpis.get("newCustomers").toString()).isEqualTo("{\"MOBILE\":2}");
        });
        JsonNode eastKpis = api.get("/api/v1/ops/branches/" + east + "/kpis", eastManager[1]).body();
        assertThat(eastKpis.get("newCustomers").toString()).isEqualTo("{\"NETBANK\":1}");
        assertThat(eastKpis.get("activationRate").toString()).isEqualTo("{\"NETBANK\":\"1.0000\"}");
        assertThat(eastKpis.get("substitutionRate").asText()).as("甲's netbank purchase of three").isEqualTo("0.3333");
        assertThat(eastKpis.get("diversionRate").asText()).as("and 乙's ATM withdrawal").isEqualTo("0.6667");
        assertThat(eastKpis.get("wealthSales").get("electronicShare").asText()).isEqualTo("1.0000");
        assertThat(eastKpis.get("newCards").asLong()).isEqualTo(2);
        assertThat(eastKpis.get("electronicCustomerDeposits").asText()).as("甲's 5000.00 less 1000.00; 乙 has no e-banking")
                .isEqualTo("4000.00");
        JsonNode westKpis = api.get("/api/v1/ops/branches/" + west + "/kpis", westManager[1]).body();
        assertThat(westKpis.get("wealthSales").get("electronicShare").asText()).as("丙 bought at the counter").isEqualTo("0.0000");
        assertThat(westKpis.get("substitutionRate").asText()).isEqualTo("0.0000");
        assertThat(westKpis.get("activationRate").toString()).as("丙 signed in, 丁 did not").isEqualTo("{\"MOBILE\":\"0.5000\"}");

        List<String> bySubstitution = places(api, eastManager[1], "SUBSTITUTION_RATE", east, west);
        assertThat(bySubstitution.indexOf(east + " 0.3333")).as(bySubstitution.toString()).isLessThan(bySubstitution.indexOf(west + " 0.0000"));

        // each account manager's month: 甲 signed in to netbank (30.00), 丙 to the mobile bank (20.00); 丁's code was nobody's
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("/api/v1/ops/incentives/mine?month=" + month, eastManager[1]).body().get("total").asText()).isEqualTo("30.00");
            assertThat(api.get("/api/v1/ops/incentives/mine?month=" + month, westManager[1]).body().get("total").asText()).isEqualTo("20.00");
        });

        // east's prospects: 乙, new and paying at the counter; west's staff may not read them
        Api.Reply prospects = api.get("/api/v1/ops/prospects", eastManager[1]);
        assertThat(prospects.status()).as(prospects.text()).isEqualTo(200);
        JsonNode first = prospects.body().get("items").get(0);
        assertThat(first.get("customerId").asText()).isEqualTo(yi.customerId());
        assertThat(first.get("reasons").toString()).isEqualTo("[\"NEW_ACCOUNT\",\"COUNTER_TRANSACTIONS\"]");
        assertThat(first.get("phone").asText()).isEqualTo(yi.phone().substring(0, 3) + "****" + yi.phone().substring(7));
        assertThat(prospects.body().get("items")).hasSize(1);
        assertThat(api.get("/api/v1/ops/prospects?branch=" + east, westManager[1]).status()).isEqualTo(403);

        // the ATMs this month: east's has one transaction
        JsonNode atms = api.get("/api/v1/ops/atm-devices?month=" + month, eastManager[1]).body();
        JsonNode eastDevice = null;
        for (JsonNode device : atms.get("devices")) {
            if (device.get("deviceId").asText().equals(eastAtm)) {
                eastDevice = device;
            }
        }
        assertThat(eastDevice).as(atms.toString()).isNotNull();
        assertThat(eastDevice.get("transactions").get(month).asLong()).isEqualTo(1);
        assertThat(eastDevice.get("flagged").asBoolean()).as("in service one month, not three").isFalse();

        Kpis.assertARebuildGivesTheSame(api, admin, List.of(Map.entry("/api/v1/ops/branches/" + east + "/kpis", admin),
                Map.entry("/api/v1/ops/branches/" + west + "/kpis", admin), Map.entry("/api/v1/ops/league-table?rankBy=NEW_CUSTOMERS", admin),
                Map.entry("/api/v1/ops/atm-devices?month=" + month, admin), Map.entry("/api/v1/ops/prospects", eastManager[1]),
                Map.entry("/api/v1/ops/incentives/mine?month=" + month, eastManager[1]),
                Map.entry("/api/v1/ops/incentives/mine?month=" + month, westManager[1])));
    }

    /** An account manager of {@code branch}, activated by their own phone; their code and token. */
    private static String[] accountManager(Api api, String admin, String branch) {
        String[] staff = BranchesIT.newStaff(api, admin, branch, "ACCOUNT_MANAGER");
        assertThat(BranchesIT.activate(api, staff[0], BranchesIT.activationCode(api, admin, staff[1], null)).status()).isEqualTo(204);
        return new String[] {staff[0], systemToken(api, staff[0], BranchesIT.PASSWORD)};
    }

    private static String systemToken(Api api, String username, String password) {
        Api.Reply signedIn = api.post("/api/v1/auth/staff-login", null, Map.of("username", username, "password", password));
        assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
        return signedIn.body().get("accessToken").asText();
    }

    private static JsonNode open(Api api, String staff, Staff.Person person, String deposit) {
        Api.Reply opened = api.command("/api/v1/ops/accounts", staff, Map.of("customerId", person.customerId(), "product", "STANDARD",
                "region", "440100", "initialDeposit", deposit));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.body();
    }

    private static String signIn(Api api, Staff.Person person, String channel, String device) {
        Map<String, Object> login = device == null
                ? Map.of("phone", person.phone(), "password", "Customer2026", "channel", channel)
                : Map.of("phone", person.phone(), "password", "Customer2026", "channel", channel, "deviceId", device);
        Api.Reply signedIn = api.post("/api/v1/auth/login", null, login);
        assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
        return signedIn.body().get("accessToken").asText();
    }

    private static void assess(Api api, String customer) {
        Api.Reply assessed = api.post("/api/v1/wealth/risk-assessments", customer, Map.of("answers", List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)));
        assertThat(assessed.status()).as(assessed.text()).isEqualTo(201);
    }

    /** Cash at the counter or an ATM; transfer-service may still be learning of the new card. */
    private static void cash(Api api, String system, JsonNode card, String type, String channel, String device, String amount) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("accountId", card.get("accountId").asText(), "type", type,
                "amount", amount, "region", "440100", "channel", channel));
        if (device != null) {
            body.put("deviceId", device);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api.command("/api/v1/channel/cash-operations", system, body).status() == 201);
    }

    /** The league table's lines of the two branches, "code value", in its order. */
    private static List<String> places(Api api, String staff, String rankBy, String... branches) {
        List<String> places = new java.util.ArrayList<>();
        api.get("/api/v1/ops/league-table?rankBy=" + rankBy, staff).body().get("branches").forEach(p -> {
            if (List.of(branches).contains(p.get("branch").asText())) {
                places.add(p.get("branch").asText() + " " + p.path("value").asText("null"));
            }
        });
        return places;
    }
}
