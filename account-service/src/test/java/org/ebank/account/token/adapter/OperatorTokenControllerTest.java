package org.ebank.account.token.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.platform.testing.TestJwts;
import org.ebank.platform.testing.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Operators' tokens, the web layer with the real issuer: only corporate-service may ask, only for its own ids, and what it
 * asks for cannot rename the token's subject, roles or channel.
 */
@WebSlice(OperatorTokenController.class)
class OperatorTokenControllerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestConfiguration
    static class Issuer {

        @Bean
        TokenIssuer tokenIssuer() {
            return new JwtTokenIssuer(TokenKeys.from(null), "ebank", Duration.ofMinutes(15), Clock.systemUTC());
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    TokenIssuer issuer;

    @Test
    void corporateServiceGetsAnOperatorsTokenNamingTheEnterpriseAndRoleNeverACustomers() throws Exception {
        JsonNode issued = ask("corporate-service", Map.of("operatorId", "op_1", "enterpriseId", "ent_1", "role", "CHECKER", "generation", 3))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(issued.get("accessToken").asText().split("\\.")[1]));
        assertThat(claims.get("sub").asText()).isEqualTo("op_1");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"OPERATOR\"]");
        assertThat(claims.get("channel").asText()).isEqualTo("CORPORATE_NETBANK");
        assertThat(claims.get("enterprise").asText()).isEqualTo("ent_1");
        assertThat(claims.get("operatorRole").asText()).isEqualTo("CHECKER");
        assertThat(claims.get("generation").asText()).as("started over three times: corporate-service refuses older tokens").isEqualTo("3");

        // a corporate-service of before generations (an upgrade under way) names none: its operators' tokens are of the first
        JsonNode unnamed = ask("corporate-service", Map.of("operatorId", "op_1", "enterpriseId", "ent_1", "role", "CHECKER"))
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(JSON.readTree(Base64.getUrlDecoder().decode(unnamed.get("accessToken").asText().split("\\.")[1])).get("generation")
                .asText()).isEqualTo("0");
    }

    @Test
    void anyOtherServiceIsRefusedAndNoPersonsIdBecomesAnOperator() {
        ask("transfer-service", Map.of("operatorId", "op_1", "enterpriseId", "ent_1", "role", "MAKER", "generation", 0)).expectStatus().isForbidden();
        ask("corporate-service", Map.of("operatorId", "cus_1", "enterpriseId", "ent_1", "role", "MAKER", "generation", 0)).expectStatus().isBadRequest();
        ask("corporate-service", Map.of("operatorId", "op_1", "enterpriseId", "cus_1", "role", "MAKER", "generation", 0)).expectStatus().isBadRequest();
        ask("corporate-service", Map.of("operatorId", "op_1", "enterpriseId", "ent_1", "role", "STAFF", "generation", 0)).expectStatus().isBadRequest();
        ask("corporate-service", Map.of("operatorId", "op_1", "enterpriseId", "ent_1", "role", "MAKER", "generation", -1))
                .expectStatus().isBadRequest();
        web.post().uri("/internal/tokens/corporate-operators").headers(h -> h.setBearerAuth(TestJwts.staff("staff01")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("operatorId", "op_1", "enterpriseId", "ent_1", "role", "MAKER", "generation", 0))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aCallerCannotSetTheTokensOwnClaims() {
        assertThatThrownBy(() -> issuer.issue("op_1", List.of("OPERATOR"), "CORPORATE_NETBANK", null, Map.of("sub", "cus_1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> issuer.issue("op_1", List.of("OPERATOR"), "CORPORATE_NETBANK", null, Map.of("roles", "CUSTOMER")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private WebTestClient.ResponseSpec ask(String service, Object body) {
        return web.post().uri("/internal/tokens/corporate-operators")
                .headers(h -> h.setBearerAuth(TestJwts.token(service, List.of("SERVICE"), null, null, Duration.ofMinutes(5))))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
