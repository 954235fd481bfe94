package org.ebank.gateway.edge;

import org.ebank.platform.events.TraceParent;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * Sends the trace on: a request forwarded to a service carries, as W3C {@code traceparent}, the span the gateway opened
 * for it (its server observation). That span continues the client's trace when the client sent a valid one, and starts
 * a new trace otherwise, so what a client sends never reaches a service unchecked. Spring Cloud Gateway would otherwise
 * observe every forwarded request a second time to do this
 * ({@code spring.cloud.gateway.server.webflux.observability.enabled}, switched off), for about 4 % of the gateway's CPU
 * (docs/performance).
 */
class TraceparentHeadersFilter implements HttpHeadersFilter {

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        String traceparent = ServerRequestObservationContext.findCurrent(exchange.getAttributes()).map(TraceParent::of).orElse("");
        if (traceparent.isEmpty()) {
            return input;
        }
        HttpHeaders forwarded = new HttpHeaders();
        forwarded.addAll(input);
        forwarded.set(TraceParent.HEADER, traceparent);
        return forwarded;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.REQUEST;
    }
}
