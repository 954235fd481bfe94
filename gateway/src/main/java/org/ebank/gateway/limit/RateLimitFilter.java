package org.ebank.gateway.limit;

import java.time.Duration;
import java.util.Map;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.problem.Text;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Slows scripts down before anything reaches a service: over the limit, 429 problem+json with
 * {@code Retry-After}. Sensitive paths count per client IP, the rest per signed-in customer.
 */
public class RateLimitFilter implements WebFilter, Ordered {

    public static final ProblemType TOO_MANY = ProblemType.of("too-many-requests", 429, "请求过于频繁", "Too many requests");

    private final RateLimits limits;
    private final ProblemWriter problems;
    private final Allowance sensitive;
    private final Allowance customers;
    private final AntPathMatcher paths = new AntPathMatcher();
    private final ClientAddress clients;

    RateLimitFilter(RateLimits limits, ProblemWriter problems, Allowance sensitive, Allowance customers) {
        this.limits = limits;
        this.problems = problems;
        this.sensitive = sensitive;
        this.customers = customers;
        this.clients = new ClientAddress(limits.trustedProxies());
    }

    @Override
    public int getOrder() {
        // after Spring Security, so the customer is known; before routing
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (limits.sensitivePaths().stream().anyMatch(pattern -> paths.match(pattern, path))) {
            return sensitive.take("ip:" + clients.of(exchange)).flatMap(wait -> admit(wait, exchange, chain));
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() == null ? null : context.getAuthentication().getName())
                .flatMap(subject -> customers.take("sub:" + subject))
                .defaultIfEmpty(Duration.ZERO)
                .flatMap(wait -> admit(wait, exchange, chain));
    }

    private Mono<Void> admit(Duration wait, ServerWebExchange exchange, WebFilterChain chain) {
        if (wait.isZero()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, TOO_MANY, new Text("请求过于频繁，请 " + seconds + " 秒后再试",
                "Too many requests: try again in " + seconds + " s"), Map.of("retryAfterSeconds", seconds));
    }
}
