package org.ebank.platform.events;

import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * The W3C {@code traceparent} of the work in progress — the HTTP request or Kafka record being handled, found in the
 * Reactor context — so that an event written now carries its cause's trace to whoever consumes it.
 */
public final class TraceParent {

    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    public static Mono<Optional<String>> current() {
        return Mono.deferContextual(context -> Mono.just(Optional.ofNullable(
                context.<Observation>getOrDefault(ObservationThreadLocalAccessor.KEY, null)).map(TraceParent::of).filter(s -> !s.isEmpty())));
    }

    static String of(Observation observation) {
        return of(observation.getContextView());
    }

    /** The {@code traceparent} of the span an observation opened, or "" when it opened none (no tracing). */
    public static String of(Observation.ContextView context) {
        TracingObservationHandler.TracingContext tracing = context.get(TracingObservationHandler.TracingContext.class);
        if (tracing == null || tracing.getSpan() == null) {
            return "";
        }
        TraceContext span = tracing.getSpan().context();
        String traceId = span.traceId().length() == 16 ? "0000000000000000" + span.traceId() : span.traceId();
        return "00-" + traceId + "-" + span.spanId() + "-" + (Boolean.FALSE.equals(span.sampled()) ? "00" : "01");
    }
}
