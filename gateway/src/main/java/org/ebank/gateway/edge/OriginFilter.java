package org.ebank.gateway.edge;

import java.net.URI;
import java.util.Map;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.problem.Text;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A browser page from another site may not call the API: a request (or preflight) whose {@code Origin} is neither the
 * netbank page's ({@code ebank.gateway.netbank-origin}) nor the gateway's own gets 403 problem+json — not the empty
 * answer of the CORS processor, which a developer cannot tell from a network failure.
 */
class OriginFilter implements WebFilter, Ordered {

    static final ProblemType ORIGIN_NOT_ALLOWED = ProblemType.of("origin-not-allowed", 403, "不允许从该网站调用",
            "Calls from this web origin are not allowed");

    private final String netbankOrigin;
    private final ProblemWriter problems;

    OriginFilter(String netbankOrigin, ProblemWriter problems) {
        this.netbankOrigin = netbankOrigin;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // before CORS processing and Spring Security
        return Ordered.HIGHEST_PRECEDENCE + 15;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String origin = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ORIGIN);
        if (origin == null || !exchange.getRequest().getPath().value().startsWith("/api/") || origin.equals(netbankOrigin)
                || origin.equals(own(exchange.getRequest().getURI()))) {
            return chain.filter(exchange);
        }
        return problems.write(exchange, ORIGIN_NOT_ALLOWED, new Text("只有网上银行页面可以从浏览器调用本接口",
                "Only the netbank page may call this API from a browser"), Map.of("origin", origin));
    }

    private static String own(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
