package org.ebank.wealth.order.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.docs.Refusals;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.AmountInput;
import org.ebank.wealth.order.application.PlaceOrder;
import org.ebank.wealth.order.domain.Order;
import org.ebank.wealth.order.domain.OrderRequest;
import org.ebank.wealth.web.Customers;
import org.ebank.wealth.web.WealthProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Customers buy wealth products from their cards, through the channel they signed in to. */
@RestController
class OrderController {

    private final PlaceOrder placeOrder;
    private final IdempotentRequests idempotency;

    OrderController(PlaceOrder placeOrder, IdempotentRequests idempotency) {
        this.placeOrder = placeOrder;
        this.idempotency = idempotency;
    }

    @Operation(operationId = "placeWealthOrder", summary = "Buy a wealth product")
    @ApiResponse(responseCode = "201", description = "The order, placed or failed", content = @Content(schema = @Schema(implementation = Order.class)))
    @Refusals({"not-found", "channel-not-allowed", "not-on-sale", "bad-amount", "risk-assessment-required", "risk-assessment-expired", "risk-too-high", "senior-confirmation-required", "sold-out", "insufficient-funds"})
    @PostMapping("/api/v1/wealth/orders")
    Mono<ResponseEntity<String>> order(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                       @Valid @RequestBody OrderBody body) {
        return Customers.current().flatMap(caller -> idempotency.execute(caller.subject(), key, body, () -> placeOrder.place(
                        new OrderRequest(caller.subject(), Channel.valueOf(caller.channel()), body.productCode(), body.accountId(),
                                body.money(), Boolean.TRUE.equals(body.seniorConfirmation())), key)
                .<ResponseEntity<?>>map(outcome -> ResponseEntity.status(HttpStatus.CREATED).body(WealthProblems.valueOf(outcome)))));
    }

    record OrderBody(@NotBlank @Size(max = 32) String productCode, @NotBlank @Size(max = 64) String accountId,
                     @NotNull BigDecimal amount, Boolean seniorConfirmation) {

        OrderBody {
            if (amount != null) {
                AmountInput.positiveFen(amount);
            }
        }

        Money money() {
            return new Money(amount.setScale(2));
        }
    }
}
