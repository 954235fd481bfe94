package org.ebank.platform.audit;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Keeps the gateway's {@code X-Request-Id} of the request being served where the work it causes can read it (the
 * Reactor context), so an audit record names the request that caused it. An id that is not a sane token is dropped.
 */
public final class RequestIds implements WebFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = RequestIds.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = exchange.getRequest().getHeaders().getFirst(HEADER);
        return id == null || !SANE.matcher(id).matches() ? chain.filter(exchange)
                : chain.filter(exchange).contextWrite(context -> context.put(KEY, id));
    }

    /** The request id in this context, if a request with one caused the work. */
    public static Optional<String> of(ContextView context) {
        return context.getOrEmpty(KEY);
    }
}
