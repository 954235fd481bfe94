package org.ebank.gateway.edge;

import java.util.List;
import java.util.Map;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.problem.Text;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers a request without a token for an API path no route serves: an unknown path is 404, a path served with other
 * methods is 405 with {@code Allow} — not 401, as if there were something to sign in for. Runs before Spring Security;
 * what it lets through is authenticated and routed.
 */
class KnownRouteFilter implements WebFilter, Ordered {

    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
            HttpMethod.PATCH);

    private final RouteLocator routes;
    private final ProblemWriter problems;

    KnownRouteFilter(RouteLocator routes, ProblemWriter problems) {
        this.routes = routes;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // after the request id and the body size, before CORS and Spring Security (-100)
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        // with a token the request is authenticated, then routed (or answered 404 by the router, 405 by the service)
        if (!exchange.getRequest().getPath().value().startsWith("/api/") || HttpMethod.OPTIONS.equals(method)
                || exchange.getRequest().getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        return routed(exchange, method).flatMap(found -> found ? chain.filter(exchange)
                : Flux.fromIterable(METHODS).filter(other -> !other.equals(method)).filterWhen(other -> routed(exchange, other))
                .collectList().flatMap(allowed -> allowed.isEmpty()
                        ? problems.write(exchange, CommonProblems.NOT_FOUND, new Text("没有这个接口", "There is no such API path"), Map.of())
                        : notAllowed(exchange, allowed)));
    }

    private Mono<Void> notAllowed(ServerWebExchange exchange, List<HttpMethod> allowed) {
        exchange.getResponse().getHeaders().setAllow(new java.util.LinkedHashSet<>(allowed));
        return problems.write(exchange, CommonProblems.METHOD_NOT_ALLOWED, new Text("该接口不支持此请求方法",
                "This API path does not take this method"), Map.of("allowed", allowed.stream().map(HttpMethod::name).toList()));
    }

    /** Whether a route would take the request with {@code method}, judged on a copy: the request itself is untouched. */
    private Mono<Boolean> routed(ServerWebExchange exchange, HttpMethod method) {
        ServerWebExchange probe = exchange.mutate().request(exchange.getRequest().mutate().method(method).build()).build();
        return routes.getRoutes().filterWhen(route -> Mono.from(route.getPredicate().apply(probe))).hasElements();
    }
}
