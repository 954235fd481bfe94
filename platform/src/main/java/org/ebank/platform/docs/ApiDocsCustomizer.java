package org.ebank.platform.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.security.SecurityProperties;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Makes a service's generated OpenAPI document say what the service does: who may call each operation (the bearer token
 * and its role, or nobody for the public paths), and every problem+json answer it can give, with an example each: the
 * ones every operation of its kind gives (bad input, no token, wrong role, unknown id) and its own {@link Refusals}.
 */
public class ApiDocsCustomizer implements OperationCustomizer, GlobalOpenApiCustomizer {

    public static final String BEARER = "bearer";
    public static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    private final List<PublicPath> publicPaths;
    private final Map<String, ProblemCatalog.Entry> problems = new LinkedHashMap<>();
    private final String typeBase;

    public ApiDocsCustomizer(SecurityProperties security, Collection<ProblemCatalog> catalogs, String typeBase) {
        this.publicPaths = security.publicPaths().stream().map(PublicPath::parse).toList();
        ProblemCatalog.COMMON.entries().forEach(e -> problems.put(e.type().slug(), e));
        catalogs.forEach(catalog -> catalog.entries().forEach(e -> problems.putIfAbsent(e.type().slug(), e)));
        this.typeBase = typeBase.endsWith("/") ? typeBase : typeBase + "/";
    }

    /** An operation's own refusals, from its {@link Refusals}. */
    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Refusals refusals = handler.getMethodAnnotation(Refusals.class);
        if (refusals != null) {
            List<ProblemCatalog.Entry> entries = new ArrayList<>();
            for (String slug : refusals.value()) {
                ProblemCatalog.Entry entry = problems.get(slug);
                if (entry == null) {
                    throw new IllegalStateException(handler.getShortLogMessage() + " names refusal '" + slug
                            + "', which no ProblemCatalog has");
                }
                entries.add(entry);
            }
            addProblems(responses(operation), entries);
        }
        return operation;
    }

    /** Who may call each operation, and the answers every operation of its kind can give. */
    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(ApiDocsCustomizer::anchorPatterns);
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            boolean open = publicPaths.stream().anyMatch(p -> p.matches(HttpMethod.valueOf(method.name()), path));
            operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
            String who = open ? "anyone, without a token" : who(path);
            operation.setDescription("**Who:** " + who + (operation.getDescription() == null ? "" : "\n\n" + operation.getDescription()));
            List<ProblemCatalog.Entry> common = new ArrayList<>();
            boolean takesInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            if (operation.getRequestBody() != null) {
                common.add(problems.get(CommonProblems.MALFORMED_REQUEST.slug()));
                common.add(problems.get(CommonProblems.PAYLOAD_TOO_LARGE.slug()));
                common.add(problems.get(CommonProblems.UNSUPPORTED_MEDIA_TYPE.slug()));
            }
            if (takesInput) {
                common.add(problems.get(CommonProblems.INVALID_REQUEST.slug()));
            }
            if (!open) {
                common.add(problems.get(CommonProblems.UNAUTHENTICATED.slug()));
                common.add(problems.get(CommonProblems.FORBIDDEN.slug()));
            }
            if (path.contains("{")) {
                common.add(problems.get(CommonProblems.NOT_FOUND.slug()));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> anchorPatterns(parameter.getSchema()));
            }
            boolean idempotent = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> IdempotentRequests.HEADER.equalsIgnoreCase(p.getName()));
            if (idempotent) {
                operation.getParameters().stream().filter(p -> IdempotentRequests.HEADER.equalsIgnoreCase(p.getName()))
                        .forEach(ApiDocsCustomizer::describeIdempotencyKey);
                common.add(problems.get(IdempotentRequests.KEY_REQUIRED.slug()));
                common.add(problems.get(IdempotentRequests.KEY_REUSED.slug()));
                common.add(problems.get(IdempotentRequests.IN_FLIGHT.slug()));
            }
            addProblems(responses(operation), common);
        }));
    }

    /**
     * Bean Validation's {@code @Pattern} must match the whole value, a JSON Schema {@code pattern} anywhere in it: anchored,
     * the document says what the service checks.
     */
    private static void anchorPatterns(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDocsCustomizer::anchorPatterns);
        }
        anchorPatterns(schema.getItems());
    }

    private static String who(String path) {
        if (path.startsWith("/api/v1/ops/")) {
            return "staff (a token with the STAFF role)";
        }
        if (path.startsWith("/api/v1/channel/")) {
            return "the ATM and counter systems (a token with the CHANNEL role)";
        }
        if (path.startsWith("/api/v1/corporate/")) {
            return "a corporate netbank operator (a token from `POST /api/v1/corporate/auth/login`), for their own enterprise only";
        }
        if (path.startsWith("/api/v1/partner/")) {
            return "the bank's partners' systems, e.g. the ETC toll operator (a token with the PARTNER role from `POST /api/v1/auth/staff-login`)";
        }
        if (path.startsWith("/internal/")) {
            return "the bank's other services (a token with the SERVICE role); not routed by the gateway";
        }
        return "a signed-in customer (a token from `POST /api/v1/auth/login`), for their own data only: any other id is 404";
    }

    private static void describeIdempotencyKey(Parameter key) {
        key.setRequired(true);
        key.setDescription("A new unique value (e.g. a UUID, at most 100 characters) for each payment the customer means to "
                + "make. Sending the same request again with the same key answers what the first answer was, and moves no "
                + "money twice; the same key with a different body is refused (`idempotency-key-reused`).");
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private void addProblems(ApiResponses responses, List<ProblemCatalog.Entry> entries) {
        Map<Integer, List<ProblemCatalog.Entry>> byStatus = entries.stream()
                .collect(Collectors.groupingBy(e -> e.type().status(), TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, sameStatus) -> {
            ApiResponse response = responses.computeIfAbsent(String.valueOf(status), code -> new ApiResponse());
            MediaType problemJson = response.getContent() == null ? null : response.getContent().get(PROBLEM_JSON);
            if (problemJson == null) {
                problemJson = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
                response.setContent(new Content().addMediaType(PROBLEM_JSON, problemJson));
            }
            for (ProblemCatalog.Entry entry : sameStatus) {
                ProblemType type = entry.type();
                if (problemJson.getExamples() == null || !problemJson.getExamples().containsKey(type.slug())) {
                    Map<String, Object> value = new LinkedHashMap<>();
                    value.put("type", typeBase + type.slug());
                    value.put("title", type.title().in(Locale.SIMPLIFIED_CHINESE));
                    value.put("status", type.status());
                    value.put("detail", entry.detail().in(Locale.SIMPLIFIED_CHINESE));
                    problemJson.addExamples(type.slug(), new Example().summary(type.title().en()).value(value));
                }
            }
            response.setDescription(problemJson.getExamples().values().stream().map(Example::getSummary)
                    .collect(Collectors.joining("; ")));
        });
    }

    /** A public path from {@code ebank.security.public-paths}: {@code "METHOD /pattern"} or {@code "/pattern"}. */
    private record PublicPath(HttpMethod method, PathPattern pattern) {

        static PublicPath parse(String entry) {
            String[] parts = entry.trim().split("\\s+", 2);
            return parts.length == 2 ? new PublicPath(HttpMethod.valueOf(parts[0]), PathPatternParser.defaultInstance.parse(parts[1]))
                    : new PublicPath(null, PathPatternParser.defaultInstance.parse(parts[0]));
        }

        boolean matches(HttpMethod asked, String path) {
            return (method == null || method.equals(asked)) && pattern.matches(PathContainer.parsePath(path));
        }
    }
}
