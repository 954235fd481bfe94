package org.ebank.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ebank.gateway.guard.GuardGatewayFilterFactory;
import org.ebank.gateway.limit.RateLimitFilter;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The API document clients use: the services' documents, fetched from each service and merged ({@link ApiDocsMerge}).
 * Kept for a minute; while a service does not answer, the document is not served half (503).
 */
public class ApiDocuments {

    static final List<String> SERVICES = List.of("account", "transfer", "wealth", "notification", "corporate", "insight", "payment");
    private static final Duration KEPT = Duration.ofMinutes(1);
    private static final int DOCUMENT_LIMIT = 4 * 1024 * 1024;
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final WebClient http;
    private final Environment environment;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApiDocsMerge.Front front;
    private final AtomicReference<Merged> last = new AtomicReference<>();

    public ApiDocuments(WebClient.Builder http, Environment environment, ObjectMapper json, Clock clock, String version) {
        // a service's document is larger than any request body the services take (spring.codec.max-in-memory-size)
        this.http = http.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(DOCUMENT_LIMIT)).build();
        this.environment = environment;
        this.json = json;
        this.clock = clock;
        this.front = new ApiDocsMerge.Front("ebank API", version, DESCRIPTION, gatewayProblems());
    }

    public Mono<String> document() {
        Merged kept = last.get();
        if (kept != null && kept.at().plus(KEPT).isAfter(clock.instant())) {
            return Mono.just(kept.json());
        }
        return Flux.fromIterable(SERVICES).concatMap(this::fetch).collectList().map(docs -> {
            Map<String, JsonNode> services = new LinkedHashMap<>();
            for (int i = 0; i < SERVICES.size(); i++) {
                services.put(SERVICES.get(i), docs.get(i));
            }
            String merged = ApiDocsMerge.merge(front, services).toPrettyString();
            last.set(new Merged(merged, clock.instant()));
            return merged;
        });
    }

    private Mono<JsonNode> fetch(String service) {
        String base = environment.getRequiredProperty("ebank.services." + service);
        return http.get().uri(base + "/v3/api-docs").retrieve().bodyToMono(String.class).timeout(PATIENCE)
                .map(text -> {
                    try {
                        return json.readTree(text);
                    } catch (Exception e) {
                        throw new IllegalStateException(service + "-service's API document is not JSON", e);
                    }
                })
                .onErrorMap(e -> !(e instanceof IllegalStateException), e -> new ApiException(CommonProblems.SERVICE_UNAVAILABLE,
                        new Text("接口文档暂不可用，请稍后再试", "The API document is not available now: try again shortly"),
                        Map.of("service", service)));
    }

    /** What the gateway itself can answer on any route, with an example each. */
    private Map<String, JsonNode> gatewayProblems() {
        Map<String, JsonNode> problems = new LinkedHashMap<>();
        add(problems, RateLimitFilter.TOO_MANY, "请求过于频繁，请 2 秒后再试", "Too many requests: try again in 2 seconds");
        add(problems, GuardGatewayFilterFactory.BUSY, "服务繁忙，请稍后再试", "The service is busy: try again shortly");
        add(problems, CommonProblems.SERVICE_UNAVAILABLE, "服务暂时不可用，请稍后再试", "The service is unavailable: try again shortly");
        add(problems, GuardGatewayFilterFactory.TIMEOUT, "服务响应超时，请稍后查询结果",
                "The service did not answer in time: look for the result shortly");
        return problems;
    }

    private void add(Map<String, JsonNode> problems, ProblemType type, String zh, String en) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "https://api.ebank.example/problems/" + type.slug());
        value.put("title", type.title().in(Locale.SIMPLIFIED_CHINESE));
        value.put("status", type.status());
        value.put("detail", zh);
        problems.put(type.slug(), json.valueToTree(Map.of("status", type.status(), "summary", type.title().en() + ": " + en,
                "value", value)));
    }

    private record Merged(String json, Instant at) {
    }

    static final String DESCRIPTION = """
            The public API of ebank, the backend of a retail bank's mobile bank app and netbank page, as the gateway serves it.

            **Signing in.** Customers sign in with `POST /api/v1/auth/login` (phone, password, channel, and on mobile the \
            device); a device never bound first gets an SMS code (`202`), answered at `POST /api/v1/auth/device-challenges/{id}`. \
            The answer is an access token for 15 minutes: send it as `Authorization: Bearer <token>`. Staff and the ATM and \
            counter systems sign in at `POST /api/v1/auth/staff-login`. A customer sees only their own data: any other id is 404.

            **Amounts** are strings with at most two decimals, in both directions: `"1234.50"`, never a JSON number. Times are \
            ISO-8601 with an offset; ids are opaque strings.

            **Errors** are `application/problem+json` (RFC 9457): switch on `type` (`https://api.ebank.example/problems/<slug>`); \
            `title` and `detail` are for people, in Chinese, or English with `Accept-Language: en`. A 400 `invalid-request` names \
            the fields in `errors`. Each operation lists the problems it can answer, with an example each; every operation can \
            also get the gateway's own: 429 `too-many-requests` and 503 `service-busy` or `service-unavailable` (with \
            `Retry-After`), and 504 `service-timeout`.

            **Money-moving requests** (`POST /api/v1/transfers`, `/scheduled-transfers`, `/wealth/orders`, \
            `/wealth/redemptions`, `/ops/accounts`, `/channel/cash-operations`, `/channel/wealth-orders`) need an \
            `Idempotency-Key` header: a new \
            value per payment the customer means to make. Sent again with the same key, a request gets the first answer and \
            moves no money twice.

            **Lists** answer `{"items": [...], "nextCursor": ...}`; ask for the next page with `?cursor=<nextCursor>` \
            (and `limit`, 1 to 100). `nextCursor` is null on the last page.""";
}
