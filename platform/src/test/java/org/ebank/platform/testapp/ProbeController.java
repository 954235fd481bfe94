package org.ebank.platform.testapp;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Map;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;
import org.ebank.platform.problem.Unreachable;
import org.ebank.platform.security.Caller;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Endpoints that exercise the platform's error handling and security. */
@RestController
public class ProbeController {

    static final ProblemType SOLD_OUT = ProblemType.of("sold-out", 409, "已售罄", "Sold out");

    @GetMapping("/api/v1/me")
    Mono<Caller> me() {
        return Caller.current();
    }

    @GetMapping("/api/v1/public/ping")
    Map<String, String> ping() {
        return Map.of("pong", "ok");
    }

    @GetMapping("/api/v1/ops/ping")
    Map<String, String> staffPing() {
        return Map.of("pong", "staff");
    }

    @PostMapping("/api/v1/public/orders")
    Map<String, String> order(@Valid @RequestBody Order order) {
        return Map.of("product", order.product());
    }

    @GetMapping("/api/v1/public/sold-out")
    Mono<Void> soldOut() {
        return Mono.error(new ApiException(SOLD_OUT, new Text("产品额度已售完", "The product's quota is used up"),
                Map.of("productCode", "NIGHT01")));
    }

    @GetMapping("/api/v1/public/boom")
    Mono<Void> boom() {
        return Mono.error(new IllegalStateException("database password is hunter2"));
    }

    @GetMapping("/api/v1/public/database-away")
    Mono<Void> databaseAway() {
        return Mono.error(new DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
                new R2dbcNonTransientResourceException("connection to 127.0.0.1:5432 refused", "08001")));
    }

    @GetMapping("/api/v1/public/keys-away")
    Mono<Void> keysAway() {
        return Mono.error(new Unreachable("the keys that check tokens",
                new IllegalStateException("Could not obtain the keys from http://127.0.0.1:8081/.well-known/jwks.json")));
    }

    record Order(@NotBlank String product, @Positive BigDecimal amount) {
    }
}
