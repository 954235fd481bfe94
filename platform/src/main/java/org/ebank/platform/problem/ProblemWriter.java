package org.ebank.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Renders problems as RFC 9457 {@code application/problem+json}, in the caller's language. */
public class ProblemWriter {

    private final ObjectMapper mapper;
    private final String typeBase;

    public ProblemWriter(ObjectMapper mapper, String typeBase) {
        this.mapper = mapper;
        this.typeBase = typeBase.endsWith("/") ? typeBase : typeBase + "/";
    }

    public ProblemDetail problem(ProblemType type, Text detail, Map<String, Object> properties, Locale locale,
                                 String instance) {
        ProblemDetail problem = ProblemDetail.forStatus(type.status());
        problem.setType(URI.create(typeBase + type.slug()));
        problem.setTitle(type.title().in(locale));
        problem.setDetail(detail.in(locale));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        properties.forEach(problem::setProperty);
        return problem;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemType type, Text detail, Map<String, Object> properties) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        ProblemDetail problem = problem(type, detail, properties, locale(exchange),
                exchange.getRequest().getPath().value());
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            body = ("{\"status\":" + type.status() + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        response.setStatusCode(HttpStatus.valueOf(type.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** English when the caller prefers it, Chinese otherwise. */
    public static Locale locale(ServerWebExchange exchange) {
        var ranges = exchange.getRequest().getHeaders().getAcceptLanguageAsLocales();
        return ranges.isEmpty() ? Locale.SIMPLIFIED_CHINESE : ranges.get(0);
    }
}
