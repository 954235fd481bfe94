package org.ebank.gateway.edge;

import java.util.Map;
import java.util.Set;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemWriter;
import org.ebank.platform.problem.Text;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body declared larger than {@code ebank.gateway.max-body-size} with 413 problem+json before it is
 * read or forwarded; the API's bodies are small. The files the API takes, a payroll batch (up to 5,000 rows) and the
 * toll operator's monthly ETC statement (up to 10,000 passages), may be up to {@code ebank.gateway.max-file-size}, what
 * their services read of them. A chunked body without a length meets the same limits in the service.
 */
public class BodySizeLimitFilter implements WebFilter, Ordered {

    static final Set<String> FILE_UPLOADS = Set.of("/api/v1/corporate/payroll-batches", "/api/v1/partner/etc/statements");

    private final DataSize max;
    private final DataSize maxFile;
    private final ProblemWriter problems;

    public BodySizeLimitFilter(DataSize max, DataSize maxFile, ProblemWriter problems) {
        this.max = max;
        this.maxFile = maxFile;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        DataSize max = HttpMethod.POST.equals(exchange.getRequest().getMethod())
                && FILE_UPLOADS.contains(exchange.getRequest().getPath().value()) ? maxFile : this.max;
        if (length > max.toBytes()) {
            return problems.write(exchange, CommonProblems.PAYLOAD_TOO_LARGE, new Text("请求内容过大（最大 " + max.toKilobytes() + " KB）",
                    "The request body is too large (at most " + max.toKilobytes() + " KB)"), Map.of("maxBytes", max.toBytes()));
        }
        return chain.filter(exchange);
    }
}
