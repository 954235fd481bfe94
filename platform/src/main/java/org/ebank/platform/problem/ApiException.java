package org.ebank.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * An expected refusal, reported as {@code application/problem+json}: the adapters turn the domain's
 * failure values into these. Extra properties (e.g. {@code nextOpenAt}) travel with the problem.
 */
public class ApiException extends RuntimeException {

    private final transient ProblemType type;
    private final Text detail;
    private final transient Map<String, Object> properties;

    public ApiException(ProblemType type, Text detail) {
        this(type, detail, Map.of());
    }

    public ApiException(ProblemType type, Text detail, Map<String, Object> properties) {
        super(type.slug() + ": " + detail.en());
        this.type = type;
        this.detail = detail;
        this.properties = Map.copyOf(properties);
    }

    /** A 400 invalid-request naming the field that was wrong, the way every service reports one. */
    public static ApiException invalidField(String field, Text detail) {
        return new ApiException(CommonProblems.INVALID_REQUEST, detail,
                Map.of("errors", List.of(Map.of("field", field, "message", detail.en()))));
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
