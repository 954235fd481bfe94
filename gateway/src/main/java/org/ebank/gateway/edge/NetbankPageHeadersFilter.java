package org.ebank.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The netbank page (netbank-web, served at {@code /}) runs only its own scripts and styles and talks only to this origin:
 * a Content-Security-Policy says so, so text a customer or the API put into the page can never run as a script there,
 * and no other site may frame it.
 */
class NetbankPageHeadersFilter implements WebFilter, Ordered {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 30;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.equals("/") || path.equals("/index.html") || path.startsWith("/netbank/")) {
            exchange.getResponse().getHeaders().set("Content-Security-Policy", POLICY);
        }
        return chain.filter(exchange);
    }
}
