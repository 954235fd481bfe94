package org.ebank.gateway;

import java.util.Map;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Where a route's circuit breaker sends callers while its service is down or too slow. */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service) {
        return Mono.error(new ApiException(CommonProblems.SERVICE_UNAVAILABLE,
                new Text("该服务暂时不可用，请稍后再试", "This service is temporarily unavailable, please try again later"),
                Map.of("service", service)));
    }
}
