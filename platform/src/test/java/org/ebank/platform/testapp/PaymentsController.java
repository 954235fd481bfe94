package org.ebank.platform.testapp;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.ProblemType;
import org.ebank.platform.problem.Text;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A money-moving command guarded by an Idempotency-Key; counts how often it really ran. */
@RestController
public class PaymentsController {

    public static final AtomicInteger executions = new AtomicInteger();
    /** The execution at which a "new-card" payer is not known yet (a transient 404). */
    public static final AtomicInteger notYetKnownUntil = new AtomicInteger(-1);
    private final IdempotentRequests idempotency;

    public PaymentsController(IdempotentRequests idempotency) {
        this.idempotency = idempotency;
    }

    @PostMapping("/api/v1/public/payments")
    Mono<ResponseEntity<String>> pay(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                     @RequestBody Map<String, String> payment) {
        return idempotency.execute("customer-1", key, payment, () -> {
            int n = executions.incrementAndGet();
            if ("new-card".equals(payment.get("payer")) && n == notYetKnownUntil.get()) {
                return Mono.error(new ApiException(ProblemType.of("not-found", 404, "未找到", "Not found"),
                        new Text("账户不存在", "No such account")));
            }
            if ("poor".equals(payment.get("payer"))) {
                return Mono.error(new ApiException(ProblemType.of("insufficient-funds", 422, "余额不足", "Insufficient funds"),
                        new Text("余额不足", "Insufficient funds")));
            }
            return Mono.delay(Duration.ofMillis(200))
                    .thenReturn(ResponseEntity.status(201).body(Map.of("paymentId", "pay-" + n, "amount", payment.get("amount"))));
        });
    }
}
