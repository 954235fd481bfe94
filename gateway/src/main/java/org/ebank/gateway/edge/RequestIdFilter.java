package org.ebank.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id} of the gateway's own making, passes it to the service and returns it, so
 * a customer's complaint can be matched to the logs and an audit record to the request that caused it: a client cannot
 * choose it (nor reuse another request's). A client's own id, when it is a sane token, travels beside it as
 * {@code X-Client-Request-Id} and comes back too. The trace itself travels as W3C {@code traceparent}
 * ({@link TraceparentHeadersFilter}).
 */
public class RequestIdFilter implements WebFilter, Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String CLIENT_HEADER = "X-Client-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = UUID.randomUUID().toString();
        String client = exchange.getRequest().getHeaders().getFirst(CLIENT_HEADER);
        String clientId = client != null && SANE.matcher(client).matches() ? client : null;
        exchange.getResponse().getHeaders().set(HEADER, id);
        if (clientId != null) {
            exchange.getResponse().getHeaders().set(CLIENT_HEADER, clientId);
        }
        return chain.filter(exchange.mutate().request(r -> r.headers(h -> {
            h.set(HEADER, id);
            if (clientId != null) {
                h.set(CLIENT_HEADER, clientId);
            } else {
                h.remove(CLIENT_HEADER);
            }
        })).build());
    }
}
