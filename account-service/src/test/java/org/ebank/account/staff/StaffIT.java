package org.ebank.account.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.MutableClock;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TestSealing;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Branches and staff: administrators keep the directory, a new staff member chooses a password with the code sent to
 * their own phone (never shown to the administrator), wrong tries lock the login, and a staff token carries the branch
 * that then opens accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StaffIT.Clocks.class)
class StaffIT {

    private static final AtomicInteger branches = new AtomicInteger();
    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, StaffIT.class);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS), PlatformAutoConfiguration.BANK_ZONE);
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    MutableClock clock;
    @Autowired
    Topics topics;
    @Autowired
    CloudEventCodec codec;

    private String admin;

    @BeforeEach
    void signInTheDemoAdministrator() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        admin = signIn("staff01", "Staff@2026").expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("accessToken").asText();
    }

    @Test
    void theDemoDirectoryIsThereAndAStaffTokenCarriesItsBranchAndRoles() {
        assertThat(claims(admin).get("branch").asText()).isEqualTo("0101");
        assertThat(claims(admin).get("roles").toString()).isEqualTo("[\"STAFF\",\"STAFF_ADMIN\"]");
        String manager = token("staff11", "Staff@2026");
        assertThat(claims(manager).get("branch").asText()).isEqualTo("0102");
        assertThat(claims(manager).get("roles").toString()).isEqualTo("[\"STAFF\",\"BRANCH_MANAGER\"]");

        JsonNode list = get("/api/v1/ops/branches", manager).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(list.toString()).contains("{\"code\":\"0101\",\"name\":\"城东支行\",\"region\":\"440100\",\"parentCode\":\"0100\"}");
        JsonNode staff = get("/api/v1/ops/branches/0103/staff", manager).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        assertThat(staff.toString()).isEqualTo("[{\"code\":\"staff21\",\"name\":\"吴刚\",\"branchCode\":\"0103\",\"role\":\"BRANCH_MANAGER\","
                + "\"phone\":\"139****9021\"},{\"code\":\"staff22\",\"name\":\"郑丽\",\"branchCode\":\"0103\",\"role\":\"TELLER\","
                + "\"phone\":\"139****9022\"}]");
        get("/api/v1/ops/branches/9999/staff", manager).expectStatus().isNotFound();
    }

    @Test
    void onlyAnAdministratorChangesTheDirectoryAndBadInputChangesNothing() {
        String code = newBranchCode();
        String teller = token("staff22", "Staff@2026");
        post("/api/v1/ops/branches", teller, Map.of("code", code, "name", "新网点", "region", "440100", "parentCode", "0100"))
                .expectStatus().isForbidden();
        post("/api/v1/ops/staff", teller, member("x" + code, code, "TELLER", "13700000001")).expectStatus().isForbidden();
        post("/api/v1/ops/staff/staff21/reset", teller, Map.of()).expectStatus().isForbidden();

        post("/api/v1/ops/branches", admin, Map.of("code", code, "name", "新网点", "region", "440100", "parentCode", "8888"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").value(t -> assertThat(t.toString()).endsWith("unknown-branch"));
        post("/api/v1/ops/branches", admin, Map.of("code", "12a", "name", "新网点", "region", "440100")).expectStatus().isBadRequest();
        post("/api/v1/ops/branches", admin, Map.of("code", code, "name", "新网点", "region", "44010")).expectStatus().isBadRequest();
        post("/api/v1/ops/staff", admin, member("y" + code, code, "TELLER", "13700000001"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.branchCode").isEqualTo(code);
        assertThat(get("/api/v1/ops/branches", admin).expectBody(String.class).returnResult().getResponseBody()).doesNotContain(code);

        post("/api/v1/ops/branches", admin, Map.of("code", code, "name", "新网点", "region", "440100", "parentCode", "0100"))
                .expectStatus().isCreated();
        post("/api/v1/ops/branches", admin, Map.of("code", code, "name", "又一个", "region", "440100"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").value(t -> assertThat(t.toString()).endsWith("branch-exists"));
        post("/api/v1/ops/staff", admin, member("STAFF22", code, "TELLER", "13700000001")).expectStatus().isEqualTo(409);
        post("/api/v1/ops/staff", admin, member("Atm01", code, "TELLER", "13700000001")).expectStatus().isEqualTo(409);   // a channel system's
        post("/api/v1/ops/staff", admin, member("n" + code, code, "TELLER", "13900009022")).expectStatus().isEqualTo(409);   // staff22's phone
        post("/api/v1/ops/staff", admin, member("z" + code, code, "CLERK", "13700000001")).expectStatus().isBadRequest();
        post("/api/v1/ops/staff", admin, member("z" + code, code, "TELLER", "0755123456")).expectStatus().isBadRequest();
        assertThat(get("/api/v1/ops/branches/" + code + "/staff", admin).expectBody(String.class).returnResult().getResponseBody())
                .isEqualTo("[]");
    }

    @Test
    void aNewStaffMemberChoosesAPasswordWithTheCodeSentToTheirPhoneAndOpensAccountsAtTheirBranch() {
        String branch = newBranchCode();
        post("/api/v1/ops/branches", admin, Map.of("code", branch, "name", "测试支行", "region", "440300", "parentCode", "0100"))
                .expectStatus().isCreated();
        String code = "m" + branch;
        String answer = post("/api/v1/ops/staff", admin, member("M" + branch, branch, "ACCOUNT_MANAGER", "13712345678")).expectStatus()
                .isCreated().expectBody(String.class).returnResult().getResponseBody();
        assertThat(answer).isEqualTo("{\"code\":\"" + code + "\",\"branchCode\":\"" + branch + "\",\"role\":\"ACCOUNT_MANAGER\","
                + "\"status\":\"ACTIVATION_SENT\",\"activationSentTo\":\"137****5678\"}");

        List<JsonNode> events = staffEvents(branch, 3);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(AccountTopics.BRANCH_OPENED,
                AccountTopics.STAFF_ENROLLED, AccountTopics.STAFF_ACTIVATION_CODE_ISSUED);
        String activation = TestSealing.open(events.get(2).get("data").get("sealedCode").asText());
        assertThat(events.get(2).toString()).as("only sealed on the topic").doesNotContain("\"" + activation + "\"");
        assertThat(events.get(1).get("data").get("role").asText()).isEqualTo("ACCOUNT_MANAGER");

        for (int i = 0; i < 6; i++) {
            signIn(code, "Chosen2026").expectStatus().isUnauthorized();   // no password yet: nothing to guess, nothing counted
        }
        activate(code, wrong(activation), "Chosen2026").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").value(t -> assertThat(t.toString()).endsWith("code-wrong"));
        activate(code, activation, "short").expectStatus().isBadRequest();
        activate(code, activation, "Chosen2026").expectStatus().isNoContent();
        activate(code, activation, "Another2026").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").value(t -> assertThat(t.toString()).endsWith("code-closed"));
        String token = token(code.toUpperCase(), "Chosen2026");
        assertThat(claims(token).get("branch").asText()).isEqualTo(branch);
        assertThat(claims(token).get("roles").toString()).isEqualTo("[\"STAFF\"]");

        // the account this staff member opens is their branch's
        String customer = post("/api/v1/ops/customers", token, Map.of("name", "网点客户", "idNumber",
                org.ebank.account.customer.domain.ResidentIds.bornOn(java.time.LocalDate.of(1977, 7, 7)), "phone", "13712340000",
                "birthDate", "1977-07-07")).expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("customerId").asText();
        String accountId = web.post().uri("/api/v1/ops/accounts").headers(h -> h.setBearerAuth(token))
                .header("Idempotency-Key", "open-" + branch).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("customerId", customer, "product", "STANDARD", "region", "440300", "initialDeposit", "10.00"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("accountId").asText();
        List<ConsumerRecord<String, String>> opened = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.ACCOUNT), 1,
                r -> r.value().contains(accountId) && r.value().contains(AccountTopics.ACCOUNT_OPENED), Duration.ofSeconds(30));
        assertThat(codec.read(opened.get(0).value()).data().get("branchCode").asText()).isEqualTo(branch);
    }

    @Test
    void aBranchManagerEnrolledByOneAdministratorIsConfirmedByAnotherBeforeAnythingIsSent() {
        String branch = newBranchCode();
        post("/api/v1/ops/branches", admin, Map.of("code", branch, "name", "双人支行", "region", "440100")).expectStatus().isCreated();
        String code = "boss" + branch;
        post("/api/v1/ops/staff", admin, member(code, branch, "BRANCH_MANAGER", "13711112222")).expectStatus().isCreated()
                .expectBody().jsonPath("$.status").isEqualTo("AWAITING_CONFIRMATION").jsonPath("$.activationSentTo").doesNotExist();
        post("/api/v1/ops/staff/" + code + "/reset", admin, Map.of()).expectStatus().isNotFound();   // no code around the confirmation
        post("/api/v1/ops/staff/" + code + "/confirmation", admin, Map.of()).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").value(t -> assertThat(t.toString()).endsWith("second-administrator-required"));
        String cityAdmin = token("staff00", "Staff@2026");
        assertThat(get("/api/v1/ops/staff/awaiting-confirmation", cityAdmin).expectBody(String.class).returnResult().getResponseBody())
                .contains("\"code\":\"" + code + "\"");
        get("/api/v1/ops/staff/awaiting-confirmation", token("staff03", "Staff@2026")).expectStatus().isForbidden();
        assertThat(staffEvents(branch, 1)).extracting(e -> e.get("type").asText()).containsExactly(AccountTopics.BRANCH_OPENED);

        post("/api/v1/ops/staff/" + code + "/confirmation", cityAdmin, Map.of()).expectStatus().isOk()
                .expectBody().jsonPath("$.activationSentTo").isEqualTo("137****2222");
        post("/api/v1/ops/staff/" + code + "/confirmation", cityAdmin, Map.of()).expectStatus().isNotFound();
        List<JsonNode> events = staffEvents(branch, 3);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(AccountTopics.BRANCH_OPENED,
                AccountTopics.STAFF_ENROLLED, AccountTopics.STAFF_ACTIVATION_CODE_ISSUED);
        activate(code, TestSealing.open(events.get(2).get("data").get("sealedCode").asText()), "Boss2026ok").expectStatus().isNoContent();
        assertThat(claims(token(code, "Boss2026ok")).get("roles").toString()).isEqualTo("[\"STAFF\",\"BRANCH_MANAGER\"]");
    }

    @Test
    void fiveWrongPasswordsLockTheLoginForHalfAnHourAResetForgetsThePasswordAndALeaverSignsInNoMore() {
        String branch = newBranchCode();
        post("/api/v1/ops/branches", admin, Map.of("code", branch, "name", "锁定支行", "region", "440100")).expectStatus().isCreated();
        String code = "t" + branch;
        post("/api/v1/ops/staff", admin, member(code, branch, "TELLER", "13787654321")).expectStatus().isCreated();
        activate(code, TestSealing.open(staffEvents(branch, 3).get(2).get("data").get("sealedCode").asText()), "First2026")
                .expectStatus().isNoContent();

        for (int i = 1; i <= 4; i++) {
            signIn(code, "Wrong2026").expectStatus().isUnauthorized();
        }
        signIn(code, "Wrong2026").expectStatus().isEqualTo(423);
        signIn(code, "First2026").expectStatus().isEqualTo(423);
        clock.advance(Duration.ofMinutes(31));
        admin = token("staff01", "Staff@2026");
        signIn(code, "First2026").expectStatus().isOk();

        String reset = post("/api/v1/ops/staff/" + code + "/reset", admin, Map.of()).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String again = TestSealing.open(staffEvents(branch, 4).get(3).get("data").get("sealedCode").asText());
        assertThat(reset).contains("\"activationSentTo\":\"137****4321\"").doesNotContain(again);
        signIn(code, "First2026").expectStatus().isUnauthorized();   // the old password is gone

        clock.advance(Duration.ofHours(24).plusMinutes(1));
        activate(code, again, "Second2026").expectStatus().isEqualTo(422);   // a day later the code is out of date
        admin = token("staff01", "Staff@2026");   // the old token expired with the day
        post("/api/v1/ops/staff/" + code + "/reset", admin, Map.of()).expectStatus().isOk();
        activate(code, TestSealing.open(staffEvents(branch, 5).get(4).get("data").get("sealedCode").asText()), "Second2026")
                .expectStatus().isNoContent();
        signIn(code, "Second2026").expectStatus().isOk();

        post("/api/v1/ops/staff/" + code + "/departure", admin, Map.of()).expectStatus().isOk();
        signIn(code, "Second2026").expectStatus().isUnauthorized();
        post("/api/v1/ops/staff/" + code + "/reset", admin, Map.of()).expectStatus().isNotFound();
        post("/api/v1/ops/staff/" + code + "/departure", admin, Map.of()).expectStatus().isNotFound();
        assertThat(staffEvents(branch, 6).get(5).get("type").asText()).isEqualTo(AccountTopics.STAFF_LEFT);
        assertThat(get("/api/v1/ops/branches/" + branch + "/staff", admin).expectBody(String.class).returnResult().getResponseBody())
                .isEqualTo("[]");
    }

    private List<JsonNode> staffEvents(String branch, int count) {
        return TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.STAFF), count,
                        r -> branch.equals(r.key()), Duration.ofSeconds(30)).stream()
                .map(r -> codec.read(r.value())).map(e -> (JsonNode) new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                        Map.of("type", e.type(), "data", e.data()))).toList();
    }

    private static String newBranchCode() {
        return String.valueOf(7000 + branches.incrementAndGet());   // the test class has a database of its own
    }

    private static Map<String, Object> member(String code, String branch, String role, String phone) {
        return Map.of("code", code, "name", "新员工", "branchCode", branch, "role", role, "phone", phone);
    }

    private static String wrong(String code) {
        return code.equals("AAAA-AAAA-AAAA") ? "BBBB-BBBB-BBBB" : "AAAA-AAAA-AAAA";
    }

    private static JsonNode claims(String token) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private String token(String username, String password) {
        return signIn(username, password).expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("accessToken").asText();
    }

    private WebTestClient.ResponseSpec signIn(String username, String password) {
        return web.post().uri("/api/v1/auth/staff-login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec activate(String username, String code, String password) {
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        return web.post().uri("/api/v1/auth/staff-activation").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "activationCode", code, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec post(String path, String token, Map<String, ?> body) {
        return web.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return web.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }
}
