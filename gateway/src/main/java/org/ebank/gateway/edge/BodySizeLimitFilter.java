package org.ebank.gateway.edge;

import java.util.Map;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.problem.Text;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body declared larger than {@code ebank.gateway.max-body-size} with 413 problem+json before it is
 * read or forwarded; the API's bodies are small. A chunked body without a length meets the same limit in the service.
 */
public class BodySizeLimitFilter implements WebFilter, Ordered {

    private final DataSize max;
    private final ProblemWriter problems;

    public BodySizeLimitFilter(DataSize max, ProblemWriter problems) {
        this.max = max;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > max.toBytes()) {
            return problems.write(exchange, CommonProblems.PAYLOAD_TOO_LARGE, new Text("请求内容过大（最大 " + max.toKilobytes() + " KB）",
                    "The request body is too large (at most " + max.toKilobytes() + " KB)"), Map.of("maxBytes", max.toBytes()));
        }
        return chain.filter(exchange);
    }
}
