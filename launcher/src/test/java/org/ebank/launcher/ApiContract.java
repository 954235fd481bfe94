package org.ebank.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An answer against the OpenAPI 3.1 document: its operation found by method and path template, its status one the
 * operation documents, and a JSON body valid against that status's schema (JSON Schema 2020-12, OpenAPI's dialect).
 */
final class ApiContract {

    private static final String BASE = "https://api.ebank.example/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Operation> operations = new ArrayList<>();
    private final JsonSchemaFactory schemas;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    ApiContract(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        ObjectNode components = copy.withObject("/components/schemas");
        copy.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String id = method.getValue().path("operationId").asText();
            Operation operation = new Operation(method.getKey().toUpperCase(), path.getKey(), template(path.getKey()), id,
                    new ConcurrentHashMap<>());
            method.getValue().path("responses").fields().forEachRemaining(response -> {
                Map<String, String> media = new ConcurrentHashMap<>();
                response.getValue().path("content").fields().forEachRemaining(content -> {
                    // each response schema under a plain name of its own, so that it can be addressed like any other
                    String name = "_" + id + "_" + response.getKey() + "_" + media.size();
                    components.set(name, content.getValue().path("schema"));
                    media.put(content.getKey(), name);
                });
                operation.responses().put(response.getKey(), media);
            });
            operations.add(operation);
        }));
        String text = copy.toString();
        this.schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
    }

    /** The operations the document lists, as {@code "METHOD /path/template"}. */
    Set<String> operations() {
        return operations.stream().map(o -> o.method() + " " + o.path()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The documented operation this request was, if it was one. */
    Optional<String> operationOf(Exchanges.Exchange exchange) {
        return find(exchange).map(o -> o.method() + " " + o.path());
    }

    /** What is wrong with this answer, or nothing when the document describes it. */
    Optional<String> violation(Exchanges.Exchange exchange) {
        Optional<Operation> found = find(exchange);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Operation operation = found.get();
        Map<String, String> media = operation.responses().get(String.valueOf(exchange.status()));
        if (media == null) {
            return Optional.of(operation.id() + " answered " + exchange.status() + ", which it does not document: " + exchange);
        }
        String type = exchange.contentType().split(";")[0].trim();
        if (exchange.body().isEmpty() && (media.isEmpty() || exchange.status() == 204)) {
            return Optional.empty();
        }
        String schemaName = media.get(type);
        if (schemaName == null) {
            return Optional.of(operation.id() + " answered " + exchange.status() + " as " + type + ", documented as " + media.keySet()
                    + ": " + exchange);
        }
        if (!type.endsWith("json") && !type.equals("text/event-stream")) {
            // a file (a batch's result as text/csv): answered as the type documented, which is all a schema says of it
            return Optional.empty();
        }
        JsonSchema schema = compiled.computeIfAbsent(schemaName,
                name -> schemas.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + name)));
        Set<ValidationMessage> errors = new HashSet<>();
        if (type.equals("text/event-stream")) {
            // each event's data, not the stream, is what the schema describes
            eventData(exchange.body()).forEach(data -> errors.addAll(schema.validate(data, InputFormat.JSON)));
        } else {
            errors.addAll(schema.validate(exchange.body(), InputFormat.JSON));
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(operation.id() + " " + exchange.status() + ": "
                + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")) + " in " + exchange);
    }

    /** The data of each server-sent event: its {@code data:} lines joined, events apart at a blank line. */
    static List<String> eventData(String stream) {
        List<String> events = new ArrayList<>();
        for (String event : stream.split("\n\n")) {
            String data = event.lines().filter(line -> line.startsWith("data:")).map(line -> line.substring(5).stripLeading())
                    .collect(Collectors.joining("\n"));
            if (!data.isEmpty()) {
                events.add(data);
            }
        }
        return events;
    }

    private Optional<Operation> find(Exchanges.Exchange exchange) {
        String path = exchange.path().split("\\?")[0];
        return operations.stream().filter(o -> o.method().equals(exchange.method()) && o.template().matcher(path).matches())
                // a literal segment beats a template: /transfers/quotes before /transfers/{transferId}
                .min((a, b) -> Integer.compare(a.path().split("\\{").length, b.path().split("\\{").length));
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (Iterator<String> parts = List.of(path.split("\\{[^/]+}", -1)).iterator(); parts.hasNext(); ) {
            regex.append(Pattern.quote(parts.next()));
            if (parts.hasNext()) {
                regex.append("[^/]+");
            }
        }
        return Pattern.compile(regex.toString());
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("the API document is not JSON", e);
        }
    }

    private record Operation(String method, String path, Pattern template, String id, Map<String, Map<String, String>> responses) {
    }
}
