package org.ebank.wealth.holding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.wealth.order.PlaceOrder;
import org.ebank.wealth.order.WealthProblems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A customer's holdings and 日日升 redemptions; staff run the maturity payout by hand when needed. */
@RestController
class HoldingController {

    private final DatabaseClient db;
    private final Redeem redeem;
    private final MatureHoldings matureHoldings;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    HoldingController(DatabaseClient db, Redeem redeem, MatureHoldings matureHoldings, IdempotentRequests idempotency, Clock clock) {
        this.db = db;
        this.redeem = redeem;
        this.matureHoldings = matureHoldings;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @GetMapping("/api/v1/wealth/holdings")
    Mono<Map<String, Object>> holdings() {
        return customer().flatMapMany(caller -> db.sql("""
                        select h.id, h.product_code, p.name, h.account_id, h.principal, h.remaining, h.status, h.purchased_at,
                               h.maturity_date
                        from holding h join product p on p.code = h.product_code where h.customer_id = :customer
                        order by h.purchased_at desc""")
                        .bind("customer", caller.subject())
                        .map(row -> new HoldingView(row.get("id", String.class), row.get("product_code", String.class),
                                row.get("name", String.class), row.get("account_id", String.class),
                                row.get("principal", BigDecimal.class).toPlainString(), row.get("remaining", BigDecimal.class).toPlainString(),
                                row.get("status", String.class), row.get("purchased_at", OffsetDateTime.class).toInstant(),
                                row.get("maturity_date", LocalDate.class)))
                        .all())
                .collectList().map(items -> Map.of("items", items));
    }

    @PostMapping("/api/v1/wealth/redemptions")
    Mono<ResponseEntity<String>> redeem(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                        @Valid @RequestBody RedemptionBody body) {
        BigDecimal amount = body.money();
        return customer().flatMap(caller -> idempotency.execute(caller.subject(), key, body, () ->
                redeem.redeem(caller.subject(), caller.channel(), body.holdingId(), amount)
                        .<ResponseEntity<?>>map(r -> ResponseEntity.status(HttpStatus.CREATED).body(r))
                        .onErrorMap(PlaceOrder.OrderRefused.class, e -> WealthProblems.of(e.refusal()))));
    }

    @PostMapping("/api/v1/ops/wealth/maturities")
    Mono<Map<String, Object>> mature(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        LocalDate upTo = day == null ? LocalDate.now(clock) : day;
        return matureHoldings.matureUpTo(upTo).map(matured -> Map.of("day", upTo.toString(), "matured", matured));
    }

    private static Mono<Caller> customer() {
        return Caller.current().filter(c -> c.has(Caller.CUSTOMER) && c.channel() != null)
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN,
                        new Text("请通过手机银行或网上银行办理", "Please use mobile banking or netbank"))));
    }

    record RedemptionBody(@NotBlank @Size(max = 64) String holdingId, @NotNull BigDecimal amount) {

        BigDecimal money() {
            return AmountInput.positiveFen(amount);
        }
    }

    record HoldingView(String holdingId, String productCode, String productName, String accountId, String principal,
                       String remaining, String status, Instant purchasedAt, LocalDate maturityDate) {
    }
}
