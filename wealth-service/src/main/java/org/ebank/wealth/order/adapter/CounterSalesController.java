package org.ebank.wealth.order.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.AmountInput;
import org.ebank.platform.problem.ApiException;
import org.ebank.platform.problem.CommonProblems;
import org.ebank.platform.problem.Text;
import org.ebank.platform.security.Caller;
import org.ebank.wealth.order.application.SellAtCounter;
import org.ebank.wealth.order.domain.Order;
import org.ebank.wealth.order.domain.OrderRequest;
import org.ebank.wealth.web.WealthProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Wealth products sold at a branch's counter, as a counter system reports the sale once the teller has checked the
 * customer and their card: only the channel systems named in {@code ebank.wealth.counter-systems} (an ATM sells none).
 * The same checks as a customer's own order — the product sold at the counter, its sales window, the customer's account
 * and suitability, the quota — on the COUNTER channel, so the e-channel share of wealth sales compares against real
 * counter sales; each sale is audited with its teller.
 */
@RestController
class CounterSalesController {

    private static final Text NOT_A_COUNTER = new Text("只有柜面系统可以办理柜面理财销售", "Only a counter system sells at the counter");

    private final SellAtCounter sellAtCounter;
    private final IdempotentRequests idempotency;
    private final Set<String> counterSystems;

    CounterSalesController(SellAtCounter sellAtCounter, IdempotentRequests idempotency,
                           @Value("${ebank.wealth.counter-systems}") List<String> counterSystems) {
        this.sellAtCounter = sellAtCounter;
        this.idempotency = idempotency;
        this.counterSystems = Set.copyOf(counterSystems);
    }

    @Operation(operationId = "recordCounterWealthSale", summary = "A wealth product sold at a counter")
    @ApiResponse(responseCode = "201", description = "The order, placed or failed", content = @Content(schema = @Schema(implementation = Order.class)))
    @Refusals({"not-found", "channel-not-allowed", "not-on-sale", "bad-amount", "risk-assessment-required", "risk-assessment-expired", "risk-too-high", "senior-confirmation-required", "sold-out", "insufficient-funds"})
    @PostMapping("/api/v1/channel/wealth-orders")
    Mono<ResponseEntity<String>> sale(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                      @Valid @RequestBody CounterSale body) {
        return Caller.current().filter(system -> counterSystems.contains(system.subject()))
                .switchIfEmpty(Mono.error(() -> new ApiException(CommonProblems.FORBIDDEN, NOT_A_COUNTER)))
                .flatMap(system -> idempotency.execute(system.subject(), key, body, () -> sellAtCounter.sell(system.subject(),
                                body.tellerCode(), new OrderRequest(body.customerId(), Channel.COUNTER, body.productCode(), body.accountId(),
                                        body.money(), Boolean.TRUE.equals(body.seniorConfirmation())), key)
                        .<ResponseEntity<?>>map(outcome -> ResponseEntity.status(HttpStatus.CREATED).body(WealthProblems.valueOf(outcome)))));
    }

    /**
     * {@code tellerCode}: the staff member who sold it; {@code seniorConfirmation}: the teller has recorded a customer over
     * the age limit confirming a product above their usual risk.
     */
    record CounterSale(@NotBlank @Size(max = 64) String customerId, @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,31}") String tellerCode,
                       @NotBlank @Size(max = 32) String productCode,
                       @NotBlank @Size(max = 64) String accountId, @NotNull BigDecimal amount, Boolean seniorConfirmation) {

        CounterSale {
            if (amount != null) {
                AmountInput.positiveFen(amount);
            }
        }

        Money money() {
            return new Money(amount.setScale(2));
        }
    }
}
