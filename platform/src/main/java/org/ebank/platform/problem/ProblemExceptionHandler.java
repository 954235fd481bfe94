package org.ebank.platform.problem;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error leaves a service as problem+json with a stable type: expected refusals
 * ({@link ApiException}), bad input, unknown paths, and anything unexpected, which is logged here
 * and reported without internals.
 */
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;
    private final Outage outage;

    public ProblemExceptionHandler(ProblemWriter writer, Outage outage) {
        this.writer = writer;
        this.outage = outage;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ApiException api) {
            return writer.write(exchange, api.type(), api.detail(), api.properties());
        }
        if (error instanceof WebExchangeBindException bind) {
            return writer.write(exchange, CommonProblems.INVALID_REQUEST, invalidFields(bind),
                    Map.of("errors", fieldErrors(bind)));
        }
        if (error instanceof ServerWebInputException || error instanceof DecodingException) {
            return writer.write(exchange, CommonProblems.MALFORMED_REQUEST, new Text(
                    "请求内容无法解析，请检查 JSON 格式与字段类型", "The request could not be read: check the JSON and the field types"),
                    Map.of());
        }
        if (error instanceof DataBufferLimitException) {
            return writer.write(exchange, CommonProblems.PAYLOAD_TOO_LARGE, CommonProblems.PAYLOAD_TOO_LARGE.title(), Map.of());
        }
        if (error instanceof AuthenticationException) {
            return writer.write(exchange, CommonProblems.UNAUTHENTICATED, CommonProblems.UNAUTHENTICATED.title(), Map.of());
        }
        if (error instanceof AccessDeniedException) {
            return writer.write(exchange, CommonProblems.FORBIDDEN, CommonProblems.FORBIDDEN.title(), Map.of());
        }
        if (error instanceof Unreachable || outage.causedBy(error)) {
            // this step did not commit; whatever an earlier step did, recovery finishes: the client waits, then repeats the
            // request with its Idempotency-Key or looks it up
            log.warn("unavailable for now on {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    error.toString());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Outage.RETRY_AFTER.toSeconds()));
            return writer.write(exchange, CommonProblems.SERVICE_UNAVAILABLE, CommonProblems.SERVICE_UNAVAILABLE.title(), Map.of());
        }
        if (error instanceof ResponseStatusException status) {
            ProblemType type = forStatus(status);
            return writer.write(exchange, type, type.title(), Map.of());
        }
        return Mono.deferContextual(context -> {
            // the request's trace ids go on the log line: its observation is in the Reactor context, not on this thread
            Observation request = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
            try (Observation.Scope scope = request == null ? null : request.openScope()) {
                log.error("unexpected error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), error);
            }
            return writer.write(exchange, CommonProblems.INTERNAL_ERROR, CommonProblems.INTERNAL_ERROR.title(), Map.of());
        });
    }

    private static ProblemType forStatus(ResponseStatusException error) {
        if (error instanceof UnsupportedMediaTypeStatusException) {
            return CommonProblems.UNSUPPORTED_MEDIA_TYPE;
        }
        if (error instanceof MethodNotAllowedException) {
            return CommonProblems.METHOD_NOT_ALLOWED;
        }
        if (error instanceof NotAcceptableStatusException) {
            return CommonProblems.NOT_ACCEPTABLE;
        }
        return switch (error.getStatusCode().value()) {
            case 401 -> CommonProblems.UNAUTHENTICATED;
            case 403 -> CommonProblems.FORBIDDEN;
            case 404 -> CommonProblems.NOT_FOUND;
            case 413 -> CommonProblems.PAYLOAD_TOO_LARGE;
            case 503 -> CommonProblems.SERVICE_UNAVAILABLE;
            default -> error.getStatusCode().is4xxClientError()
                    ? CommonProblems.MALFORMED_REQUEST : CommonProblems.INTERNAL_ERROR;
        };
    }

    private static Text invalidFields(WebExchangeBindException bind) {
        String fields = String.join(", ", bind.getFieldErrors().stream().map(e -> e.getField()).distinct().toList());
        return new Text("以下字段不正确：" + fields, "These fields are not valid: " + fields);
    }

    private static List<Map<String, String>> fieldErrors(WebExchangeBindException bind) {
        return bind.getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
    }
}
