package org.ebank.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiDocsMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApiDocsMerge.Front FRONT = new ApiDocsMerge.Front("ebank API", "1.0.0", "what it is", Map.of(
            "too-many-requests", json("{'status': 429, 'summary': 'Too many requests', 'value': {'type': 't', 'status': 429}}")));

    @Test
    void onlyThePublicPathsAreMergedEachUnderItsServicesTagWithTheGatewaysOwnAnswers() {
        JsonNode merged = ApiDocsMerge.merge(FRONT, services(
                "account", doc("accounts", """
                        'paths': {
                          '/api/v1/accounts': {'get': {'operationId': 'listMyAccounts', 'responses': {'200': {'content':
                              {'application/json': {'schema': {'$ref': '#/components/schemas/PageAccountView'}}}}}}},
                          '/internal/ledger/postings': {'post': {'operationId': 'recordPosting', 'responses': {'201': {'content':
                              {'application/json': {'schema': {'$ref': '#/components/schemas/PostingResponse'}}}}}}},
                          '/.well-known/jwks.json': {'get': {'operationId': 'getTokenKeys'}}},
                        'components': {'schemas': {
                          'PageAccountView': {'type': 'object', 'properties': {'items': {'type': 'array', 'items': {'$ref': '#/components/schemas/AccountView'}}}},
                          'AccountView': {'type': 'object', 'properties': {'balance': {'type': 'string', 'example': '1234.50'}}},
                          'PostingResponse': {'type': 'object'}}}"""),
                "transfer", doc("transfers", """
                        'paths': {'/api/v1/transfers': {'post': {'operationId': 'createTransfer', 'responses': {}}}},
                        'components': {'schemas': {}}""")));

        assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(merged.at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(fieldNames(merged.path("paths"))).containsExactly("/api/v1/accounts", "/api/v1/transfers");
        assertThat(fieldNames(merged.at("/components/schemas"))).as("only what the public paths use")
                .containsExactly("AccountView", "PageAccountView");
        assertThat(merged.at("/paths/~1api~1v1~1accounts/get/tags/0").asText()).isEqualTo("accounts");
        assertThat(merged.at("/paths/~1api~1v1~1transfers/post/tags/0").asText()).isEqualTo("transfers");
        assertThat(merged.at("/paths/~1api~1v1~1transfers/post/responses/429/content/application~1problem+json/examples")
                .has("too-many-requests")).isTrue();
        assertThat(merged.at("/components/schemas/AccountView/properties/balance/examples/0").asText())
                .as("3.1: a schema's example is one of its examples").isEqualTo("1234.50");
        assertThat(merged.at("/components/schemas/AccountView/properties/balance/type"))
                .as("a property not required may be absent or null").isEqualTo(json("['string', 'null']"));
        assertThat(merged.at("/components/schemas/PageAccountView/properties/items/type")).isEqualTo(json("['array', 'null']"));
    }

    @Test
    void aSchemaNameTwoServicesMeanDifferentThingsByIsRenamedWhereTheSecondUsesIt() {
        JsonNode merged = ApiDocsMerge.merge(FRONT, services(
                "account", doc("accounts", """
                        'paths': {'/api/v1/me': {'get': {'operationId': 'getMyProfile', 'responses': {'200': {'content':
                            {'application/json': {'schema': {'$ref': '#/components/schemas/View'}}}}}}}},
                        'components': {'schemas': {'View': {'type': 'object', 'properties': {'name': {'type': 'string'}}}}}"""),
                "transfer", doc("transfers", """
                        'paths': {'/api/v1/transfers': {'get': {'operationId': 'listTransfers', 'responses': {'200': {'content':
                            {'application/json': {'schema': {'$ref': '#/components/schemas/View'}}}}}}}},
                        'components': {'schemas': {'View': {'type': 'object', 'properties': {'amount': {'type': 'string'}}}}}""")));

        assertThat(merged.at("/paths/~1api~1v1~1me/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/View");
        assertThat(merged.at("/paths/~1api~1v1~1transfers/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/TransferView");
        assertThat(merged.at("/components/schemas/TransferView/properties").has("amount")).isTrue();
    }

    @Test
    void anOperationDocumentedTwiceOrAnIdUsedTwiceIsAnError() {
        assertThatThrownBy(() -> ApiDocsMerge.merge(FRONT, services(
                "account", doc("a", "'paths': {'/api/v1/x': {'get': {'operationId': 'getX'}}}"),
                "transfer", doc("t", "'paths': {'/api/v1/x': {'get': {'operationId': 'getOtherX'}}}"))))
                .hasMessageContaining("GET /api/v1/x is documented twice");
        assertThatThrownBy(() -> ApiDocsMerge.merge(FRONT, services(
                "account", doc("a", "'paths': {'/api/v1/x': {'get': {'operationId': 'list'}}}"),
                "transfer", doc("t", "'paths': {'/api/v1/y': {'get': {'operationId': 'list'}}}"))))
                .hasMessageContaining("repeats operationId list");
        assertThatThrownBy(() -> ApiDocsMerge.merge(FRONT, services(
                "account", doc("a", "'paths': {'/api/v1/x': {'get': {}}}"))))
                .hasMessageContaining("has no operationId");
    }

    @Test
    void aNullableFieldBecomesANullTypeIn31() {
        JsonNode schema = json("{'type': 'string', 'nullable': true, 'example': 'x'}");
        ApiDocsMerge.toOpenApi31(schema);
        assertThat(schema).isEqualTo(json("{'type': ['string', 'null'], 'examples': ['x']}"));
    }

    private static Map<String, JsonNode> services(Object... nameAndDoc) {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        for (int i = 0; i < nameAndDoc.length; i += 2) {
            services.put((String) nameAndDoc[i], (JsonNode) nameAndDoc[i + 1]);
        }
        return services;
    }

    private static JsonNode doc(String title, String body) {
        return json("{'openapi': '3.0.1', 'info': {'title': '" + title + "', 'description': '', 'version': '1'}, " + body + "}");
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
