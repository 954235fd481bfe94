package org.ebank.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.corporate.operator.domain.Totp;
import org.ebank.infra.AuthenticatorApp;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.AccountServiceFixture;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Corporate netbank operators: staff enrol the administrator, whose activation code goes to their own phone alone; they
 * activate (activation code, password, token secret), bind the dynamic token and sign in with a token account-service
 * issues; the administrator enrols makers and checkers and changes who may act or how, each time with their token's
 * code. Replayed codes, wrong answers, lockout and takeovers as a fraudster (or an insider) would try them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Corporates.TokenTime.class)
class OperatorIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = Corporates.PASSWORD;

    private static TestInfra.Namespace namespace;
    private static AccountServiceFixture accounts;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, OperatorIT.class);
        accounts = AccountServiceFixture.start(namespace);
        registry.add("ebank.account.url", accounts::url);
    }

    @AfterAll
    static void stop() {
        accounts.close();
    }

    @Autowired
    Corporates corporates;
    @Autowired
    DatabaseClient db;
    @Autowired
    Topics topics;

    @Test
    void aRequestIsMadeAtTheEnterprisesBranchAndTheOneWhoAskedOrTheManagerWithdrawsIt() {
        Corporates.Enterprise enterprise = corporates.register("广州乡情撤回测试有限公司");
        corporates.openAccount(enterprise, "0");
        Map<String, Object> administrator = Map.of("loginName", "admin", "name", "王撤回", "phone", Corporates.newPhone());
        String path = "/api/v1/ops/enterprises/" + enterprise.id() + "/administrator";
        post(path, TestJwts.staff("staff11", "0102", true), administrator).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/second-staff-required")
                .jsonPath("$.reason").isEqualTo("ENTERPRISE_OF_ANOTHER_BRANCH");
        post(path + "/reset", TestJwts.staff("staff11", "0102", true), Map.of()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.reason").isEqualTo("ENTERPRISE_OF_ANOTHER_BRANCH");
        String requestId = post(path, corporates.staff(), administrator).expectStatus().isAccepted().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("requestId").asText();

        String withdrawal = "/api/v1/ops/administrator-requests/" + requestId + "/withdrawal";
        for (String other : List.of(TestJwts.staff("staff02", "0101", false), TestJwts.staff("staff11", "0102", true))) {
            post(withdrawal, other, Map.of()).expectStatus().isForbidden().expectBody()
                    .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/second-staff-required")
                    .jsonPath("$.reason").isEqualTo("NOT_REQUESTER");
        }
        post(withdrawal, corporates.manager(), Map.of()).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("WITHDRAWN").jsonPath("$.requestId").isEqualTo(requestId);
        post(withdrawal, corporates.staff(), Map.of()).expectStatus().isNotFound();
        post("/api/v1/ops/administrator-requests/" + requestId + "/confirmation", corporates.manager(), Map.of()).expectStatus().isNotFound();
        assertThat(db.sql("select count(*) as n from operator where enterprise_id = :id").bind("id", enterprise.id())
                .map(r -> r.get("n", Long.class)).one().block()).as("nothing was done").isZero();
        assertThat(db.sql("select status || ' ' || confirmed_by as r from administrator_request where id = :id").bind("id", requestId)
                .map(r -> r.get("r", String.class)).one().block()).isEqualTo("WITHDRAWN staff03");

        // the withdrawn one no longer waits: the right request is made at once, and the one who asked may withdraw it too
        String again = post(path, corporates.staff(), administrator).expectStatus().isAccepted().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("requestId").asText();
        post("/api/v1/ops/administrator-requests/" + again + "/withdrawal", corporates.staff(), Map.of()).expectStatus().isOk();
    }

    @Test
    void theAdministratorsCodeReachesTheirPhoneAloneAndTheyActivateBindTheTokenAndSignIn() throws Exception {
        Corporates.Enterprise enterprise = corporates.register("广州乡情物流有限公司");
        String phone = Corporates.newPhone();
        Map<String, Object> administrator = Map.of("loginName", "admin", "name", "张管理", "phone", phone);
        String staff = corporates.staff();
        post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator", staff, administrator)
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type")
                .isEqualTo("https://api.ebank.example/problems/no-settlement-account");
        corporates.openAccount(enterprise, "0");

        // 双人复核: the request does nothing until a second staff member of the branch, one of the two its manager, confirms it
        post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator", TestJwts.staffAdministrator("staff09", "0101"), administrator)
                .expectStatus().isForbidden().expectBody().jsonPath("$.reason").isEqualTo("DIRECTORY_KEEPER");
        JsonNode requested = post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator", staff, administrator)
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(requested.get("status").asText()).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(requested.get("phone").asText()).as("in full, to check against the papers").isEqualTo(phone);
        post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator", staff, administrator).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/request-pending");
        String confirmation = "/api/v1/ops/administrator-requests/" + requested.get("requestId").asText() + "/confirmation";
        for (String[] checker : new String[][] {{staff, "OWN_REQUEST"}, {TestJwts.staff("staff11", "0102", true), "OTHER_BRANCH"},
                {TestJwts.staff("staff02", "0101", false), "NO_MANAGER"}, {TestJwts.staff("staff99"), "NO_BRANCH"},
                {TestJwts.staffAdministrator("staff09", "0101"), "DIRECTORY_KEEPER"}}) {
            post(confirmation, checker[0], Map.of()).expectStatus().isForbidden().expectBody()
                    .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/second-staff-required")
                    .jsonPath("$.reason").isEqualTo(checker[1]);
        }
        assertThat(db.sql("select count(*) as n from operator where enterprise_id = :id").bind("id", enterprise.id())
                .map(r -> r.get("n", Long.class)).one().block()).as("nothing done before the confirmation").isZero();
        assertThat(corporates.get("/api/v1/ops/administrator-requests", corporates.manager()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).as("waiting at the manager's branch")
                .contains(requested.get("requestId").asText());
        assertThat(corporates.get("/api/v1/ops/administrator-requests", TestJwts.staff("staff11", "0102", true)).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).isEqualTo("[]");
        JsonNode enrolled = corporates.confirm(requested).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        corporates.confirm(requested).expectStatus().isNotFound();
        assertThat(enrolled.has("activationCode")).isFalse();
        assertThat(enrolled.get("activationSentTo").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(enrolled.get("status").asText()).isEqualTo("ENROLLED");
        String operatorId = enrolled.get("operatorId").asText();
        String activationCode = corporates.activationCode(operatorId, 1);
        assertThat(activationCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(enrolled.toString()).as("staff never see the code").doesNotContain(activationCode);
        assertThat(TopicReader.read(namespace.bootstrapServers(), topics.name(CorporateTopics.ENTERPRISE), 1,
                r -> r.value().contains(operatorId) && r.value().contains(CorporateTopics.ACTIVATION_CODE_ISSUED), Duration.ofSeconds(10))
                .get(0).value()).as("on the topic the code is sealed for notification-service").doesNotContain(activationCode);
        post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator", staff, Map.of("loginName", "admin2", "name", "李", "phone", phone))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/operator-exists");

        post("/api/v1/corporate/activation", null, Map.of("creditCode", enterprise.creditCode(), "loginName", "admin",
                "activationCode", "AAAA-BBBB-CCCC", "password", PASSWORD))
                .expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/login-failed")
                .jsonPath("$.attemptsLeft").doesNotExist();
        String uri = corporates.tokenUri(enterprise, "admin", activationCode);
        assertThat(uri).startsWith("otpauth://totp/").contains("issuer=").contains("digits=6").contains("period=30");
        byte[] secret = AuthenticatorApp.of(uri).secret();
        post("/api/v1/corporate/activation", null, Map.of("creditCode", enterprise.creditCode(), "loginName", "admin",
                "activationCode", activationCode, "password", PASSWORD)).expectStatus().isUnauthorized();

        long step = Totp.STANDARD.step(corporates.clock().instant());
        post("/api/v1/corporate/activation/token", null, credentials(enterprise, "admin", Totp.code(secret, step)))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");

        // the code that bound the token is spent: the same code again is a replay, said as such
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "admin", Totp.code(secret, step)))
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/code-used");
        JsonNode signedIn = post("/api/v1/corporate/auth/login", null, credentials(enterprise, "admin", Totp.code(secret, step + 1)))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(signedIn.get("accessToken").asText().split("\\.")[1]));
        assertThat(claims.get("sub").asText()).isEqualTo(operatorId);
        assertThat(claims.get("enterprise").asText()).isEqualTo(enterprise.id());
        assertThat(claims.get("operatorRole").asText()).isEqualTo("ADMIN");
        assertThat(claims.get("channel").asText()).isEqualTo("CORPORATE_NETBANK");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"OPERATOR\"]");
        assertThat(claims.get("generation").asText()).as("never started over yet").isEqualTo("0");
        // in these tests corporate-service trusts the tests' key, not account-service's: the same claims, signed by it
        String firstSession = TestJwts.operator(operatorId, enterprise.id(), "ADMIN", 0);
        corporates.get("/api/v1/corporate/me", firstSession).expectStatus().isOk();

        String row = db.sql("select password_hash || ' ' || sealed_secret || ' ' || coalesce(activation_code_hash, '-') as r "
                        + "from operator where id = :id").bind("id", operatorId).map(r -> r.get("r", String.class)).one().block();
        assertThat(row).as("no secret rests in clear").startsWith("$2a$").contains(" v1:").endsWith(" -")
                .doesNotContain(PASSWORD).doesNotContain(base32(secret)).doesNotContain(activationCode);

        // staff start the administrator over (a lost token): the old password signs in no more, and the new code goes to
        // the administrator's phone, not to the staff member who asked for it
        JsonNode resetRequest = post("/api/v1/ops/enterprises/" + enterprise.id() + "/administrator/reset", staff, Map.of())
                .expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(resetRequest.get("kind").asText()).isEqualTo("RESET");
        assertThat(resetRequest.get("phone").asText()).as("the phone on record, where the code will go").isEqualTo(phone);
        JsonNode reset = corporates.confirm(resetRequest).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(reset.has("activationCode")).isFalse();
        assertThat(reset.get("activationSentTo").asText()).endsWith(phone.substring(7));
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "admin", Totp.code(secret, step + 2)))
                .expectStatus().isUnauthorized();
        // and the session of before ends at once, not when its token expires (a stolen session is why one resets)
        corporates.get("/api/v1/corporate/me", firstSession).expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/unauthenticated");
        String newCode = corporates.activationCode(operatorId, 2);
        assertThat(newCode).isNotEqualTo(activationCode);
        byte[] newSecret = AuthenticatorApp.of(corporates.tokenUri(enterprise, "admin", newCode)).secret();
        // the new token's codes, after every code spent before (a step ahead is accepted: the clock moves on to the first)
        long next = Math.max(step + 2, Totp.STANDARD.step(corporates.clock().instant()));
        corporates.clock().advance(Duration.ofSeconds((long) Totp.STANDARD.periodSeconds() * (next - Totp.STANDARD.step(corporates.clock().instant()))));
        post("/api/v1/corporate/activation/token", null, credentials(enterprise, "admin", Totp.code(newSecret, next)))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
        JsonNode signedInAgain = post("/api/v1/corporate/auth/login", null, credentials(enterprise, "admin", Totp.code(newSecret, next + 1)))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(JSON.readTree(Base64.getUrlDecoder().decode(signedInAgain.get("accessToken").asText().split("\\.")[1]))
                .get("generation").asText()).as("started over once").isEqualTo("1");
        corporates.get("/api/v1/corporate/me", TestJwts.operator(operatorId, enterprise.id(), "ADMIN", 1)).expectStatus().isOk();
        // active again, and the session of before stays ended
        corporates.get("/api/v1/corporate/me", firstSession).expectStatus().isUnauthorized();
    }

    @Test
    void theAdministratorEnrolsMakersAndCheckersOfTheirOwnEnterpriseOnlyEachWithTheirTokensCode() {
        Corporates.Enterprise enterprise = corporates.register("广州乡情贸易有限公司");
        Corporates.Enterprise other = corporates.register("别家公司");
        corporates.openAccount(enterprise, "0");
        Corporates.Operator admin = corporates.administrator(enterprise);
        String right = corporates.nextCode(admin);
        JsonNode maker = post("/api/v1/corporate/operators", admin.token(), operator("maker1", "13900000001", "MAKER", right))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(maker.get("role").asText()).isEqualTo("MAKER");
        assertThat(maker.get("activationSentTo").asText()).isEqualTo("139****0001");
        assertThat(maker.has("activationCode")).isFalse();

        // the administrator's session alone (a stolen token, an unlocked screen) enrols nobody: each enrolment takes a code
        post("/api/v1/corporate/operators", admin.token(), operator("checker1", "13900000002", "CHECKER", right))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/token-code-used");
        String wrong = corporates.wrongCode(admin);
        post("/api/v1/corporate/operators", admin.token(), operator("checker1", "13900000002", "CHECKER", wrong))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/token-code-wrong");
        post("/api/v1/corporate/operators", admin.token(), Map.of("loginName", "checker1", "name", "赵复核", "phone", "13900000002",
                "role", "CHECKER")).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
        post("/api/v1/corporate/operators", admin.token(), operator("checker1", "13900000002", "CHECKER", corporates.nextCode(admin)))
                .expectStatus().isCreated();
        post("/api/v1/corporate/operators", admin.token(), operator("maker1", "13900000003", "MAKER", corporates.nextCode(admin)))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.field").isEqualTo("loginName");
        // one phone, one person: a checker on the maker's phone would be the maker approving their own payments, and the
        // administrator's own phone is no maker's either
        post("/api/v1/corporate/operators", admin.token(), operator("checker2", "13900000001", "CHECKER", corporates.nextCode(admin)))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.field").isEqualTo("phone");
        String adminPhone = db.sql("select phone from operator where id = :id").bind("id", admin.id()).map(r -> r.get("phone", String.class))
                .one().block();
        post("/api/v1/corporate/operators", admin.token(), operator("maker9", adminPhone, "MAKER", corporates.nextCode(admin)))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.field").isEqualTo("phone");
        post("/api/v1/corporate/operators", admin.token(), operator("boss", "13900000003", "ADMIN", "123456"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
        for (Map<String, Object> noPhone : List.<Map<String, Object>>of(Map.of("loginName", "maker4", "name", "无号", "role", "MAKER", "code", "123456"),
                operator("maker4", "02088886666", "MAKER", "123456"))) {
            post("/api/v1/corporate/operators", admin.token(), noPhone).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        }
        post("/api/v1/corporate/operators", corporates.enrol(enterprise, "maker6", "MAKER").token(), operator("maker2", "13900000003",
                "CHECKER", "123456")).expectStatus().isForbidden();
        post("/api/v1/corporate/operators", TestJwts.customer("cus_1", "NETBANK"), operator("maker3", "13900000003", "MAKER", "123456"))
                .expectStatus().isForbidden();

        // the administrator, maker1, checker1 and maker6
        corporates.get("/api/v1/corporate/operators", admin.token()).expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(4)
                .jsonPath("$[?(@.loginName == 'maker1')].status").isEqualTo("ENROLLED")
                .jsonPath("$[?(@.loginName == 'maker1')].phoneMasked").isEqualTo("139****0001")
                .jsonPath("$[0].phone").doesNotExist().jsonPath("$[0].activationCode").doesNotExist().jsonPath("$[0].passwordHash").doesNotExist();
        // another enterprise's administrator sees their own alone
        corporates.openAccount(other, "0");
        corporates.get("/api/v1/corporate/operators", corporates.administrator(other).token()).expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
        corporates.get("/api/v1/corporate/me", admin.token()).expectStatus().isOk()
                .expectBody().jsonPath("$.enterpriseId").isEqualTo(enterprise.id()).jsonPath("$.role").isEqualTo("ADMIN");

        // how many checkers a payment needs moves with the administrator's code too
        corporates.put("/api/v1/corporate/approval-rule", admin.token(), Map.of("twoCheckersFrom", "1000.00", "code", corporates.wrongCode(admin)))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/token-code-wrong");
        corporates.put("/api/v1/corporate/approval-rule", admin.token(), Map.of("twoCheckersFrom", "1000.00"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
        corporates.get("/api/v1/corporate/approval-rule", admin.token()).expectBody().jsonPath("$.twoCheckersFrom").isEqualTo("50000.00");
        corporates.put("/api/v1/corporate/approval-rule", admin.token(), Map.of("twoCheckersFrom", "1000.00", "code", corporates.nextCode(admin)))
                .expectStatus().isOk().expectBody().jsonPath("$.twoCheckersFrom").isEqualTo("1000.00");
        corporates.get("/api/v1/corporate/approval-rule", admin.token()).expectBody().jsonPath("$.twoCheckersFrom").isEqualTo("1000.00");

        // guessing the administrator's code here counts towards the same lockout as sign-in: the fifth wrong one locks,
        // and then the right one changes nothing either
        for (int i = 1; i <= 5; i++) {
            corporates.put("/api/v1/corporate/approval-rule", admin.token(), Map.of("twoCheckersFrom", "2.00", "code", corporates.wrongCode(admin)))
                    .expectStatus().isEqualTo(i < 5 ? 422 : 423);
        }
        post("/api/v1/corporate/operators", admin.token(), operator("maker5", "13900000005", "MAKER", corporates.nextCode(admin)))
                .expectStatus().isEqualTo(423);
        corporates.get("/api/v1/corporate/approval-rule", admin.token()).expectBody().jsonPath("$.twoCheckersFrom").isEqualTo("1000.00");
    }

    @Test
    void fiveWrongAnswersLockTheLoginEvenForTheRightOneAndAnUnknownLoginReadsTheSame() {
        Corporates.Enterprise enterprise = corporates.register("广州乡情制衣有限公司");
        corporates.openAccount(enterprise, "0");
        Corporates.Operator admin = corporates.administrator(enterprise);
        String id = post("/api/v1/corporate/operators", admin.token(), operator("checker9", "13900000009", "CHECKER", corporates.nextCode(admin)))
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("operatorId").asText();
        String code = corporates.activationCode(id, 1);
        byte[] secret = AuthenticatorApp.of(corporates.tokenUri(enterprise, "checker9", code)).secret();
        long step = Totp.STANDARD.step(corporates.clock().instant());
        post("/api/v1/corporate/activation/token", null, credentials(enterprise, "checker9", Totp.code(secret, step)))
                .expectStatus().isOk();

        String wrongPassword = null;
        for (int i = 0; i < 4; i++) {
            wrongPassword = problem(post("/api/v1/corporate/auth/login", null, Map.of("creditCode", enterprise.creditCode(), "loginName",
                    "checker9", "password", "Wrong2026x", "code", Totp.code(secret, step + 1))).expectStatus().isUnauthorized());
        }
        String unknownLogin = problem(post("/api/v1/corporate/auth/login", null, Map.of("creditCode", enterprise.creditCode(), "loginName",
                "nobody", "password", "Wrong2026x", "code", "123456")).expectStatus().isUnauthorized());
        assertThat(unknownLogin).as("an unknown login reads exactly as a wrong password").isEqualTo(wrongPassword);
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "checker9", "000000".equals(Totp.code(secret, step + 1))
                ? "111111" : "000000")).expectStatus().isEqualTo(423)
                .expectBody().jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/login-locked").jsonPath("$.lockedUntil").exists();
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "checker9", Totp.code(secret, step + 1)))
                .expectStatus().isEqualTo(423);

        post("/api/v1/corporate/auth/login", null, Map.of("creditCode", "91440100ABC", "loginName", "checker9",
                "password", PASSWORD, "code", "123456")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("creditCode");

        // the administrator starts the locked-out checker over: a new activation code to the checker's phone, the lock
        // lifted, password and token gone; another enterprise's administrator finds no such checker, and the
        // administrator is not theirs to start over
        Corporates.Enterprise other = corporates.register("别家制衣公司");
        corporates.openAccount(other, "0");
        Corporates.Operator othersAdmin = corporates.administrator(other);
        post("/api/v1/corporate/operators/" + id + "/reset", othersAdmin.token(), Map.of("code", corporates.nextCode(othersAdmin)))
                .expectStatus().isNotFound();
        post("/api/v1/corporate/operators/" + admin.id() + "/reset", admin.token(), Map.of("code", corporates.nextCode(admin)))
                .expectStatus().isNotFound();
        post("/api/v1/corporate/operators/" + id + "/reset", admin.token(), Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
        JsonNode reset = post("/api/v1/corporate/operators/" + id + "/reset", admin.token(), Map.of("code", corporates.nextCode(admin)))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(reset.has("activationCode")).isFalse();
        assertThat(reset.get("activationSentTo").asText()).isEqualTo("139****0009");
        post("/api/v1/corporate/auth/login", null, credentials(enterprise, "checker9", Totp.code(secret, step + 1)))
                .expectStatus().isUnauthorized();
        // the old activation code is gone
        post("/api/v1/corporate/activation", null, Map.of("creditCode", enterprise.creditCode(), "loginName", "checker9",
                "activationCode", code, "password", PASSWORD)).expectStatus().isUnauthorized();
        byte[] fresh = AuthenticatorApp.of(corporates.tokenUri(enterprise, "checker9", corporates.activationCode(id, 2))).secret();
        long next = Math.max(step + 1, Totp.STANDARD.step(corporates.clock().instant()));
        post("/api/v1/corporate/activation/token", null, credentials(enterprise, "checker9", Totp.code(fresh, next)))
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ACTIVE");
    }

    /** The problem as a client reads it, but for the request's own path. */
    private static String problem(WebTestClient.ResponseSpec response) {
        JsonNode body = response.expectBody(JsonNode.class).returnResult().getResponseBody();
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("instance");
        return body.toString();
    }

    private static Map<String, Object> operator(String login, String phone, String role, String code) {
        return Map.of("loginName", login, "name", "操作员" + login, "phone", phone, "role", role, "code", code);
    }

    private static Map<String, Object> credentials(Corporates.Enterprise enterprise, String login, String code) {
        return Map.of("creditCode", enterprise.creditCode(), "loginName", login, "password", PASSWORD, "code", code);
    }

    private WebTestClient.ResponseSpec post(String path, String token, Object body) {
        return corporates.post(path, token, body);
    }

    private static String base32(byte[] bytes) {
        return new org.ebank.corporate.operator.domain.TokenSecret(bytes).base32();
    }
}
