package org.ebank.wealth.holding.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.web.Page;
import org.ebank.wealth.holding.application.HoldingRepository;
import org.ebank.wealth.holding.application.MatureHoldings;
import org.ebank.wealth.holding.application.Redeem;
import org.ebank.wealth.holding.domain.HoldingLine;
import org.ebank.wealth.holding.domain.Redemption;
import org.ebank.wealth.web.Customers;
import org.ebank.wealth.web.WealthProblems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    private final HoldingRepository holdings;
    private final Redeem redeem;
    private final MatureHoldings matureHoldings;
    private final IdempotentRequests idempotency;
    private final Clock clock;

    HoldingController(HoldingRepository holdings, Redeem redeem, MatureHoldings matureHoldings, IdempotentRequests idempotency,
                      Clock clock) {
        this.holdings = holdings;
        this.redeem = redeem;
        this.matureHoldings = matureHoldings;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Operation(operationId = "listHoldings", summary = "The customer's wealth holdings")
    @GetMapping("/api/v1/wealth/holdings")
    Mono<Page<HoldingView>> holdings() {
        return Customers.current().flatMapMany(caller -> holdings.listed(caller.subject()).map(HoldingView::of))
                .collectList().map(items -> new Page<>(items, null));
    }

    @Operation(operationId = "redeemHolding", summary = "Redeem part or all of a daily-liquidity holding")
    @ApiResponse(responseCode = "201", description = "The redemption", content = @Content(schema = @Schema(implementation = Redemption.class)))
    @Refusals({"not-found", "fixed-term", "not-enough-held"})
    @PostMapping("/api/v1/wealth/redemptions")
    Mono<ResponseEntity<String>> redeem(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                        @Valid @RequestBody RedemptionBody body) {
        Money amount = body.money();
        return Customers.current().flatMap(caller -> idempotency.execute(caller.subject(), key, body, () ->
                redeem.redeem(caller.subject(), Channel.valueOf(caller.channel()), body.holdingId(), amount, key)
                        .<ResponseEntity<?>>map(outcome -> ResponseEntity.status(HttpStatus.CREATED)
                                .body(WealthProblems.valueOf(outcome)))));
    }

    @Operation(operationId = "payMaturities", summary = "Pay out the holdings that matured")
    @PostMapping("/api/v1/ops/wealth/maturities")
    Mono<Maturities> mature(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        LocalDate upTo = day == null ? LocalDate.now(clock) : day;
        return matureHoldings.matureUpTo(upTo).map(matured -> new Maturities(upTo, matured))
                .onErrorMap(MatureHoldings.LeftUnpaid.class, e -> new ApiException(CommonProblems.SERVICE_UNAVAILABLE,
                        new Text("部分到期理财尚未兑付，请稍后重试", "Some matured holdings are still unpaid; try again shortly")));
    }

    /** Holdings that matured up to {@code day} and were paid out in this run. */
    record Maturities(LocalDate day, long matured) {
    }

    record RedemptionBody(@NotBlank @Size(max = 64) String holdingId, @NotNull BigDecimal amount) {

        Money money() {
            return new Money(AmountInput.positiveFen(amount));
        }
    }

    record HoldingView(String holdingId, String productCode, String productName, String accountId, String principal,
                       String remaining, String status, Instant purchasedAt, LocalDate maturityDate) {

        static HoldingView of(HoldingLine h) {
            return new HoldingView(h.holdingId(), h.productCode(), h.productName(), h.accountId(), h.principal().toPlainString(),
                    h.remaining().toPlainString(), h.status(), h.purchasedAt(), h.maturityDate());
        }
    }
}
