package org.ebank.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the services' OpenAPI 3.0 documents into the one OpenAPI 3.1 document the gateway serves: the public paths only
 * ({@code /api/**}; never {@code /internal/**} or a service's own {@code /.well-known} keys), each service's operations
 * under a tag of its own, the schemas those paths use (renamed with the service's name where two services mean different
 * things by one name), the answers the gateway itself gives on every route (429, 503, 504), and {@code servers} = the
 * gateway. Two services documenting the same operation, or the same operation id, is an error: the document would lie.
 */
public final class ApiDocsMerge {

    static final String SCHEMAS = "#/components/schemas/";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "options", "head", "trace");

    private ApiDocsMerge() {
    }

    /** What the merged document says of itself, and the problem+json answers the gateway adds to every operation. */
    public record Front(String title, String version, String description, Map<String, JsonNode> gatewayProblems) {
    }

    /** {@code services}: each service's name and its document, in the order the document lists them. */
    public static ObjectNode merge(Front front, Map<String, JsonNode> services) {
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", front.title()).put("version", front.version()).put("description", front.description());
        merged.putArray("servers").addObject().put("url", "/").put("description", "this gateway");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        Set<String> operationIds = new LinkedHashSet<>();

        services.forEach((service, document) -> {
            ObjectNode doc = document.deepCopy();
            String tag = doc.path("info").path("title").asText(service);
            tags.addObject().put("name", tag).put("description", doc.path("info").path("description").asText(""));
            ObjectNode own = child(child(doc, "components"), "schemas");
            renameClashes(service, doc, own, schemas);
            doc.path("paths").fields().forEachRemaining(path -> {
                if (!path.getKey().startsWith("/api/")) {
                    return;
                }
                ObjectNode item = child(paths, path.getKey());
                path.getValue().fields().forEachRemaining(operation -> {
                    if (!METHODS.contains(operation.getKey())) {
                        item.set(operation.getKey(), operation.getValue());
                        return;
                    }
                    if (item.has(operation.getKey())) {
                        throw new IllegalStateException(operation.getKey().toUpperCase() + " " + path.getKey() + " is documented twice");
                    }
                    ObjectNode op = (ObjectNode) operation.getValue();
                    String id = op.path("operationId").asText();
                    if (id.isEmpty() || !operationIds.add(id)) {
                        throw new IllegalStateException(operation.getKey().toUpperCase() + " " + path.getKey()
                                + (id.isEmpty() ? " has no operationId" : " repeats operationId " + id));
                    }
                    op.set("tags", JSON.arrayNode().add(tag));
                    addGatewayProblems(op, front.gatewayProblems());
                    item.set(operation.getKey(), op);
                });
            });
            Set<String> used = referenced(paths, own);
            own.fields().forEachRemaining(schema -> {
                if (used.contains(schema.getKey()) && !schemas.has(schema.getKey())) {
                    schemas.set(schema.getKey(), schema.getValue());
                }
            });
            doc.path("components").path("securitySchemes").fields().forEachRemaining(s -> securitySchemes.set(s.getKey(), s.getValue()));
        });
        sortFields(paths);
        sortFields(schemas);
        toOpenApi31(merged);
        return merged;
    }

    /** A schema this service names like one already merged, but means something else by, takes the service's name. */
    private static void renameClashes(String service, ObjectNode doc, ObjectNode own, ObjectNode merged) {
        Map<String, String> renames = new LinkedHashMap<>();
        own.fields().forEachRemaining(schema -> {
            if (merged.has(schema.getKey()) && !merged.get(schema.getKey()).equals(schema.getValue())) {
                renames.put(schema.getKey(), capitalised(service) + schema.getKey());
            }
        });
        if (renames.isEmpty()) {
            return;
        }
        renames.forEach((from, to) -> own.set(to, own.remove(from)));
        rewriteRefs(doc, renames);
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS)) {
                String to = renames.get(ref.asText().substring(SCHEMAS.length()));
                if (to != null) {
                    object.put("$ref", SCHEMAS + to);
                }
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    /** The schemas the merged paths use, directly or through other schemas of this service. */
    private static Set<String> referenced(JsonNode paths, JsonNode schemas) {
        Set<String> found = new LinkedHashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(paths));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS)) {
                    String name = ref.asText().substring(SCHEMAS.length());
                    if (found.add(name) && schemas.has(name)) {
                        pending.push(schemas.get(name));
                    }
                }
            }
            node.elements().forEachRemaining(pending::push);
        }
        return found;
    }

    private static void addGatewayProblems(ObjectNode operation, Map<String, JsonNode> problems) {
        ObjectNode responses = child(operation, "responses");
        problems.forEach((slug, example) -> {
            String status = example.path("status").asText();
            ObjectNode response = child(responses, status);
            ObjectNode media = child(child(response, "content"), "application/problem+json");
            media.putObject("schema").put("$ref", SCHEMAS + "Problem");
            child(media, "examples").putObject(slug).put("summary", example.path("summary").asText()).set("value", example.get("value"));
            Set<String> summaries = new LinkedHashSet<>();
            media.get("examples").elements().forEachRemaining(e -> summaries.add(e.path("summary").asText()));
            response.put("description", String.join("; ", summaries));
        });
    }

    /**
     * What differs between the services' 3.0 documents and 3.1 (JSON Schema 2020-12) here: {@code nullable} becomes a
     * {@code "null"} type, and a schema's {@code example} becomes {@code examples}. And what 3.0 could not say: a property
     * a schema does not require may be absent or {@code null} (the services leave most nulls out, but not all).
     */
    static void toOpenApi31(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("properties") instanceof ObjectNode properties) {
                Set<String> required = new LinkedHashSet<>();
                object.path("required").forEach(name -> required.add(name.asText()));
                properties.fields().forEachRemaining(property -> {
                    if (!required.contains(property.getKey()) && property.getValue() instanceof ObjectNode schema) {
                        orNull(schema);
                    }
                });
            }
            if (object.has("nullable")) {
                boolean nullable = object.remove("nullable").asBoolean();
                JsonNode type = object.get("type");
                if (nullable && type != null && type.isTextual()) {
                    object.set("type", JSON.arrayNode().add(type.asText()).add("null"));
                }
            }
            if (isSchema(object) && object.has("example")) {
                object.set("examples", JSON.arrayNode().add(object.remove("example")));
            }
            object.elements().forEachRemaining(ApiDocsMerge::toOpenApi31);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(ApiDocsMerge::toOpenApi31);
        }
    }

    private static void orNull(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            schema.set("type", JSON.arrayNode().add(type.asText()).add("null"));
        } else if (schema.has("$ref") && schema.size() == 1) {
            JsonNode ref = schema.remove("$ref");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().set("$ref", ref);
            anyOf.addObject().put("type", "null");
        }
    }

    /** A schema object rather than a media type, parameter or example (which keep {@code example}). */
    private static boolean isSchema(ObjectNode object) {
        return object.has("type") || object.has("$ref") || object.has("properties") || object.has("items")
                || object.has("allOf") || object.has("oneOf") || object.has("anyOf") || object.has("enum");
    }

    private static void sortFields(ObjectNode object) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            sorted.put(field.getKey(), field.getValue());
        }
        object.removeAll();
        object.setAll(sorted);
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode found ? found : parent.putObject(name);
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
