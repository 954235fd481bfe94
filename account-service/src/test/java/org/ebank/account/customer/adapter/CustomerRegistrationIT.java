package org.ebank.account.customer.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ebank.account.customer.domain.ResidentIds;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.infra.test.TestInfra;
import org.ebank.platform.kafka.Topics;
import org.ebank.platform.testing.ServiceTest;
import org.ebank.platform.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerRegistrationIT {

    private static TestInfra.Namespace namespace;

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        namespace = ServiceTest.register(registry, CustomerRegistrationIT.class);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    TokenIssuer tokens;
    @Autowired
    Topics topics;
    @Autowired
    ObjectMapper mapper;

    @Test
    void staffRegisterACustomerAndTheRegistrationIsPublished() throws Exception {
        LocalDate born = LocalDate.of(1958, 3, 14);
        String customerId = register(Map.of("name", "王金晖", "idNumber", ResidentIds.bornOn(born),
                "phone", "13800138000", "birthDate", born.toString()))
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("customerId").asText();

        var records = TopicReader.read(namespace.bootstrapServers(), topics.name(AccountTopics.CUSTOMER), 1,
                r -> r.key().equals(customerId), Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        JsonNode event = mapper.readTree(records.get(0).value());
        assertThat(event.get("type").asText()).isEqualTo(AccountTopics.CUSTOMER_REGISTERED);
        assertThat(event.get("source").asText()).isEqualTo("/ebank/account-service");
        assertThat(event.get("data").get("phone").asText()).isEqualTo("13800138000");
        assertThat(event.get("data").get("birthDate").asText()).isEqualTo("1958-03-14");
        assertThat(records.get(0).value()).doesNotContain("110105");
    }

    @Test
    void theSameResidentIdTwiceIsAConflictNamingTheExistingCustomer() {
        LocalDate born = LocalDate.of(1990, 1, 2);
        Map<String, String> customer = Map.of("name", "李青年", "idNumber", ResidentIds.bornOn(born),
                "phone", "13900139000", "birthDate", born.toString());
        String first = register(customer).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("customerId").asText();

        register(customer).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.ebank.example/problems/customer-exists")
                .jsonPath("$.customerId").isEqualTo(first);
    }

    @Test
    void anInvalidIdNumberPhoneOrBirthDateIsRefusedNamingTheField() {
        LocalDate born = LocalDate.of(1990, 1, 2);
        String valid = ResidentIds.bornOn(born);
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        for (var invalid : List.of(
                Map.of("field", "idNumber", "body", Map.of("name", "甲", "idNumber", wrongCheck, "phone", "13900139000", "birthDate", "1990-01-02")),
                Map.of("field", "phone", "body", Map.of("name", "甲", "idNumber", valid, "phone", "23900139000", "birthDate", "1990-01-02")),
                Map.of("field", "birthDate", "body", Map.of("name", "甲", "idNumber", valid, "phone", "13900139000", "birthDate", "1990-01-03")))) {
            register(invalid.get("body")).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo(invalid.get("field"));
        }
    }

    @Test
    void onlyStaffMayRegisterCustomers() {
        String customerToken = tokens.issue("cus_x", List.of("CUSTOMER"), "MOBILE", "d1").accessToken();
        web.post().uri("/api/v1/ops/customers").headers(h -> h.setBearerAuth(customerToken))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/v1/ops/customers").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void staffSignInWithTheirConfiguredAccountAndGetATokenTheServiceAccepts() {
        web.post().uri("/api/v1/auth/staff-login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "staff01", "password", "wrong")).exchange()
                .expectStatus().isUnauthorized();
        String token = web.post().uri("/api/v1/auth/staff-login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "staff01", "password", "Staff@2026")).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("accessToken").asText();
        web.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.keys[0].kty").isEqualTo("RSA").jsonPath("$.keys[0].d").doesNotExist();
        web.post().uri("/api/v1/ops/customers").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange()
                .expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec register(Object body) {
        String staff = tokens.issue("staff01", List.of("STAFF"), null, null).accessToken();
        return web.post().uri("/api/v1/ops/customers").headers(h -> h.setBearerAuth(staff))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
