package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ebank.launcher.Enterprises.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through the gateway of the running system: an administrator opens a branch and enrols its staff, who choose their
 * passwords with the code their own phone got; their token carries the branch that opens accounts; only a real staff
 * member's referrer code earns an incentive, once their customer uses the service, and the others are listed for review.
 */
@ExtendWith(RunningSystem.class)
class BranchesIT {

    private static final Pattern ACTIVATION_CODE = Pattern.compile("员工登录.{0,8}激活码([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    static final String PASSWORD = "Branch2026";
    private static final AtomicInteger BRANCHES = new AtomicInteger();

    /** A branch of this run's own under the city bank, opened by the demo administrator; its code. */
    static String newBranch(Api api, String admin) {
        String code = "8" + String.format("%08d", (System.currentTimeMillis() / 1000 + BRANCHES.incrementAndGet()) % 100_000_000);
        Api.Reply opened = api.post("/api/v1/ops/branches", admin, Map.of("code", code, "name", "测试支行" + code.substring(5),
                "region", "440100", "parentCode", "0100"));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return code;
    }

    /** A staff member of {@code branch}, enrolled by the demo administrator (not yet activated); their code and phone. */
    static String[] newStaff(Api api, String admin, String branch, String role) {
        String phone = Enterprises.newPhone();
        String code = "s" + branch + "-" + phone.substring(7);
        Api.Reply enrolled = api.post("/api/v1/ops/staff", admin, Map.of("code", code, "name", "新员工", "branchCode", branch,
                "role", role, "phone", phone));
        assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(201);
        assertThat(enrolled.text()).as("the code goes to the phone alone, a manager's once a second administrator confirms")
                .contains(role.equals("BRANCH_MANAGER") ? "\"status\":\"AWAITING_CONFIRMATION\"" : "\"activationSentTo\":\"" + phone.substring(0, 3) + "****")
                .doesNotContainPattern("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        return new String[] {code, phone};
    }

    @Test
    void anAdministratorOpensABranchWhoseStaffActivateByTheirOwnPhoneAndOnlyRealReferrersEarn() throws Exception {
        Api api = RunningSystem.api();
        String admin = RunningSystem.staffToken();
        String branch = newBranch(api, admin);
        assertThat(api.get("/api/v1/ops/branches", admin).text()).contains("\"code\":\"" + branch + "\"");
        String[] manager = newStaff(api, admin, branch, "ACCOUNT_MANAGER");
        String code = manager[0];
        assertThat(api.get("/api/v1/ops/branches/" + branch + "/staff", admin).text())
                .contains("\"code\":\"" + code + "\"").doesNotContain(manager[1]);

        // the code reaches the staff member's phone; they choose a password with it and sign in
        String first = activationCode(api, admin, manager[1], null);
        assertThat(activate(api, code, first).status()).isEqualTo(204);
        Api.Reply signedIn = api.post("/api/v1/auth/staff-login", null, Map.of("username", code, "password", PASSWORD));
        assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
        String token = signedIn.body().get("accessToken").asText();
        assertThat(claims(token).get("branch").asText()).isEqualTo(branch);

        // a forgotten password: the administrator starts the login over, and a new code goes to the same phone
        Api.Reply reset = api.post("/api/v1/ops/staff/" + code + "/reset", admin, Map.of());
        assertThat(reset.status()).as(reset.text()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/staff-login", null, Map.of("username", code, "password", PASSWORD)).status()).isEqualTo(401);
        assertThat(activate(api, code, activationCode(api, admin, manager[1], first)).status()).isEqualTo(204);
        token = api.post("/api/v1/auth/staff-login", null, Map.of("username", code, "password", PASSWORD)).body().get("accessToken").asText();

        // the account they open is their branch's
        Staff.Person person = Staff.newPerson();
        Api.Reply opened = api.command("/api/v1/ops/accounts", token, Map.of("customerId", person.customerId(), "product", "STANDARD",
                "region", "440100", "initialDeposit", "0"));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        assertThat(Databases.strings("account", "select branch_code from account where id = '" + opened.body().get("accountId").asText() + "'"))
                .containsExactly(branch);

        // a customer this staff member referred earns them the netbank incentive; a code nobody has earns nothing, and is listed
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String range = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        RunningSystem.phone().enrol(RunningSystem.current().system().ports().gatewayUrl(), opened.body().get("cardNumber").asText(),
                person.phone(), "Customer2026", "NETBANK", null, code);
        Staff.Person stranger = Staff.newPerson();
        String nobody = "NOBODY-" + branch;
        RunningSystem.phone().enrol(RunningSystem.current().system().ports().gatewayUrl(), Staff.newCard(stranger.customerId()),
                stranger.phone(), "Customer2026", "MOBILE", "branch-test-phone", nobody);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode referrals = api.get("/api/v1/ops/kpis?granularity=DAY&" + range, admin).body().at("/total/referrals");
            assertThat(incentive(referrals, code)).isEqualTo("30.00");
            assertThat(incentive(referrals, nobody)).as("no staff member's code").isNull();
            assertThat(api.get("/api/v1/ops/kpis/unknown-referrals?" + range, admin).text())
                    .contains("{\"referrerCode\":\"" + nobody + "\",\"service\":\"MOBILE\",\"enrolments\":1,");
        });

        // a manager for the branch: one administrator enrols, the other confirms, and only then is the code sent
        String[] chief = newStaff(api, admin, branch, "BRANCH_MANAGER");
        String cityAdmin = Enterprises.signIn(api, "staff00");
        assertThat(api.get("/api/v1/ops/staff/awaiting-confirmation", cityAdmin).text()).contains("\"code\":\"" + chief[0] + "\"");
        assertThat(api.post("/api/v1/ops/staff/" + chief[0] + "/confirmation", admin, null).status()).as("not their own").isEqualTo(403);
        Api.Reply confirmed = api.post("/api/v1/ops/staff/" + chief[0] + "/confirmation", cityAdmin, null);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(activate(api, chief[0], activationCode(api, admin, chief[1], null)).status()).isEqualTo(204);

        // the incentive ledger: the referred customer uses netbank this month, which earns the account manager 30.00 (no
        // target for this branch, no bonus); the manager reads the branch's month and may submit it only once it is over
        Api.Reply customerLogin = api.post("/api/v1/auth/login", null, Map.of("phone", person.phone(), "password", "Customer2026",
                "channel", "NETBANK"));
        assertThat(customerLogin.status()).as(customerLogin.text()).isEqualTo(200);
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        String accountManager = token;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode mine = api.get("/api/v1/ops/incentives/mine?month=" + month, accountManager).body();
            assertThat(mine.get("total").asText()).as(mine.toString()).isEqualTo("30.00");
            assertThat(mine.get("referrals").get(0).get("service").asText()).isEqualTo("NETBANK");
        });
        String chiefToken = api.post("/api/v1/auth/staff-login", null, Map.of("username", chief[0], "password", PASSWORD)).body()
                .get("accessToken").asText();
        Api.Reply sheet = api.get("/api/v1/ops/incentives/" + branch + "/" + month, chiefToken);
        assertThat(sheet.status()).as(sheet.text()).isEqualTo(200);
        assertThat(sheet.body().get("staff").get(0).get("staffCode").asText()).isEqualTo(code);
        assertThat(sheet.body().get("status").asText()).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/ops/incentives/" + branch + "/" + month, accountManager).status()).as("a manager's").isEqualTo(403);
        assertThat(api.post("/api/v1/ops/incentives/" + branch + "/" + month + "/submission", chiefToken, null).status())
                .as("the month is not over").isEqualTo(422);
        assertThat(api.post("/api/v1/ops/incentives/" + branch + "/" + month + "/approval", chiefToken,
                Map.of("submittedAt", "2026-01-01T00:00:00Z", "total", "30.00")).status()).as("nothing submitted").isEqualTo(409);

        // the branch's KPIs this month: the new netbank customer its account manager brought, who used netbank; the branch
        // is in the league table (no target: ranked last by attainment)
        JsonNode kpis = api.get("/api/v1/ops/branches/" + branch + "/kpis", chiefToken).body();
        assertThat(kpis.get("newCustomers").get("NETBANK").asLong()).as(kpis.toString()).isEqualTo(1);
        assertThat(kpis.get("activationRate").get("NETBANK").asText()).isEqualTo("1.0000");
        assertThat(kpis.get("newCards").asLong()).as("the account the account manager opened").isEqualTo(1);
        Api.Reply table = api.get("/api/v1/ops/league-table?rankBy=ATTAINMENT", accountManager);
        assertThat(table.status()).as(table.text()).isEqualTo(200);
        assertThat(table.text()).contains("\"branch\":\"" + branch + "\"").contains("\"branch\":\"0101\"");

        // they leave the bank: they sign in no more
        assertThat(api.post("/api/v1/ops/staff/" + code + "/departure", admin, Map.of()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/staff-login", null, Map.of("username", code, "password", PASSWORD)).status()).isEqualTo(401);
    }

    /** The newest staff activation code the phone got (the newest SMS comes first), once it is not {@code previous}. */
    static String activationCode(Api api, String admin, String phone, String previous) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Matcher found = ACTIVATION_CODE.matcher(sms(api, admin, phone));
            return found.find() ? found.group(1) : null;
        }, code -> code != null && !code.equals(previous));
    }

    static Api.Reply activate(Api api, String username, String code) {
        return api.post("/api/v1/auth/staff-activation", null, Map.of("username", username, "activationCode", code, "password", PASSWORD));
    }

    private static String incentive(JsonNode referrals, String code) {
        for (JsonNode r : referrals) {
            if (r.get("referrerCode").asText().equals(code)) {
                return r.get("incentive").asText();
            }
        }
        return null;
    }

    private static JsonNode claims(String token) throws java.io.IOException {
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
