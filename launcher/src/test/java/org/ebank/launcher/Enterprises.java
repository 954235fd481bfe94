package org.ebank.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ebank.infra.AuthenticatorApp;

/**
 * What the system tests do through the gateway as staff and as an enterprise's operators: register an enterprise, open
 * its settlement accounts, enrol its administrator, who enrols makers and checkers with their token's codes; each
 * operator activates with the code their own phone got (read off the local SMS phone), binds their token and signs in.
 */
final class Enterprises {

    static final String PASSWORD = "Corp2026ok";
    private static final Pattern ACTIVATION_CODE = Pattern.compile("激活码([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    private static final int PHONE_BASE = (int) (System.nanoTime() % 9_000_000);
    private static final AtomicInteger PHONES = new AtomicInteger();

    private Enterprises() {
    }

    /** An enterprise as set up: its accounts in the order opened, its administrator and operators by login name. */
    record Enterprise(String id, String creditCode, List<String> accounts, Operator admin, Map<String, Operator> operators) {
    }

    /**
     * Registered with a fresh credit code, its accounts opened with {@code deposits}, its administrator enrolled by staff
     * and signed in, then each of {@code logins} enrolled by the administrator (a {@code maker…} as MAKER, a
     * {@code checker…} as CHECKER) and signed in. An administrator's token gives a new code every step (10 s on the
     * system tests' system, 30 s in a real run), so enrolling several operators takes that long each: set enterprises up
     * side by side.
     */
    static Enterprise setUp(Api api, String staff, String name, String contactPhone, List<String> deposits, String... logins) {
        String creditCode = creditCode();
        Api.Reply registered = api.post("/api/v1/ops/enterprises", staff, Map.of("name", name, "creditCode", creditCode,
                "legalRepresentative", "法人", "contactPhone", contactPhone));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String id = registered.body().get("enterpriseId").asText();
        List<String> accounts = new ArrayList<>();
        for (String deposit : deposits) {
            Api.Reply opened = api.send("POST", "/api/v1/ops/enterprises/" + id + "/accounts", staff, Map.of("initialDeposit", deposit),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(opened.status()).as(opened.text()).isEqualTo(201);
            accounts.add(opened.body().get("accountId").asText());
        }
        Operator admin = administrator(api, staff, id, creditCode);
        Map<String, Operator> operators = new LinkedHashMap<>();
        for (String login : logins) {
            operators.put(login, operator(api, staff, admin, creditCode, login, login.startsWith("maker") ? "MAKER" : "CHECKER"));
        }
        return new Enterprise(id, creditCode, accounts, admin, operators);
    }

    /** The administrator, enrolled by staff (the enterprise's corporate netbank enrolment), activated and signed in. */
    static Operator administrator(Api api, String staff, String enterpriseId, String creditCode) {
        String phone = newPhone();
        Api.Reply enrolled = confirmed(api, api.post("/api/v1/ops/enterprises/" + enterpriseId + "/administrator",
                signIn(api, DemoData.ACCOUNT_MANAGER_USERNAME), Map.of("loginName", "admin", "name", "管理员", "phone", phone)));
        assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(200);
        return activateAndSignIn(api, creditCode, "admin", phone, activationCode(api, staff, phone, null), false);
    }

    /**
     * A staff member's request about an administrator, confirmed by their branch's manager (双人复核): the confirmation's
     * answer.
     */
    static Api.Reply confirmed(Api api, Api.Reply requested) {
        assertThat(requested.status()).as(requested.text()).isEqualTo(202);
        return api.post("/api/v1/ops/administrator-requests/" + requested.body().get("requestId").asText() + "/confirmation",
                signIn(api, DemoData.MANAGER_USERNAME), null);
    }

    /** A demo staff member's token. */
    static String signIn(Api api, String username) {
        return api.post("/api/v1/auth/staff-login", null, Map.of("username", username, "password", DemoData.STAFF_PASSWORD))
                .body().get("accessToken").asText();
    }

    /** Enrolled by the administrator with their token's next code; activated with the code the new operator's phone got. */
    static Operator operator(Api api, String staff, Operator admin, String creditCode, String login, String role) {
        String phone = newPhone();
        Api.Reply enrolled = api.post("/api/v1/corporate/operators", admin.token(), Map.of("loginName", login, "name", "操作员", "phone", phone,
                "role", role, "code", admin.nextCode()));
        assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(201);
        return activateAndSignIn(api, creditCode, login, phone, activationCode(api, staff, phone, null), false);
    }

    /** The newest activation code (激活码) the phone got, once it is not {@code previous}: the operator reads it off their SMS. */
    static String activationCode(Api api, String staff, String phone, String previous) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Matcher code = ACTIVATION_CODE.matcher(sms(api, staff, phone));
            return code.find() ? code.group(1) : null;
        }, code -> code != null && !code.equals(previous));
    }

    /** Activation (code, password), the token bound with its first code, then sign-in with the next (trying the first again first). */
    static Operator activateAndSignIn(Api api, String creditCode, String login, String phone, String activationCode, boolean tryReplay) {
        Api.Reply issued = api.post("/api/v1/corporate/activation", null, Map.of("creditCode", creditCode, "loginName", login,
                "activationCode", activationCode, "password", PASSWORD));
        assertThat(issued.status()).as(issued.text()).isEqualTo(200);
        AuthenticatorApp app = AuthenticatorApp.of(issued.body().get("otpauthUri").asText());
        long step = earliestTaken(app);
        Api.Reply bound = api.post("/api/v1/corporate/activation/token", null, Map.of("creditCode", creditCode, "loginName", login,
                "password", PASSWORD, "code", app.code(step)));
        assertThat(bound.status()).as(bound.text()).isEqualTo(200);
        if (tryReplay) {
            Api.Reply replay = api.post("/api/v1/corporate/auth/login", null, Map.of("creditCode", creditCode, "loginName", login,
                    "password", PASSWORD, "code", app.code(step)));
            assertThat(replay.status()).isEqualTo(401);
            assertThat(replay.body().get("type").asText()).endsWith("/code-used");
        }
        Api.Reply signedIn = api.post("/api/v1/corporate/auth/login", null, Map.of("creditCode", creditCode, "loginName", login,
                "password", PASSWORD, "code", app.code(step + 1)));
        assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
        return new Operator(signedIn.body().get("accessToken").asText(), signedIn.body().get("operatorId").asText(), phone, app,
                new long[] {step + 1});
    }

    /**
     * The earliest step whose code the service takes now: the one before now's (a token's clock may be a step behind),
     * unless now's has under half its time left, so that the request still arrives within the step after it.
     */
    static long earliestTaken(AuthenticatorApp app) {
        Instant now = Instant.now(); // one reading: a step may end between two
        return app.stepAt(now) - (app.secondsLeftAt(now) * 2 >= app.periodSeconds() ? 1 : 0);
    }

    /** What the local SMS phone holds for a number, newest first. */
    static String sms(Api api, String staff, String phone) {
        return api.get("/api/v1/ops/dev/sms?phone=" + phone, staff).text();
    }

    /** A mobile number of this run's own, where an operator's SMS arrive. */
    static String newPhone() {
        return "1398" + String.format("%07d", PHONE_BASE + PHONES.incrementAndGet());
    }

    /** A fresh code each run (the system's data may outlive a run); its region part is 440100. */
    static String creditCode() {
        String first17 = "91440100" + String.format("%09d", (System.nanoTime() + PHONES.incrementAndGet()) % 1_000_000_000L);
        String characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += characters.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + characters.charAt((31 - sum % 31) % 31);
    }

    /** A signed-in operator, their phone, their token and the last step whose code they spent (kept up to date). */
    record Operator(String token, String operatorId, String phone, AuthenticatorApp app, long[] lastStep) {

        /**
         * The next code the service takes, spent: the earliest it takes now after the last one spent (a step either side
         * of now is taken; two ahead are not, so it waits, as a person waits for their token).
         */
        String nextCode() {
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Math.max(lastStep[0] + 1, earliestTaken(app)) <= app.step() + 1);
            lastStep[0] = Math.max(lastStep[0] + 1, earliestTaken(app));
            return app.code(lastStep[0]);
        }
    }
}
