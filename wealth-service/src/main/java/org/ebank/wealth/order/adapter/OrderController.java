package org.ebank.wealth.order.adapter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.platform.problem.AmountInput;
import org.ebank.wealth.order.application.PlaceOrder;
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

    @PostMapping("/api/v1/wealth/orders")
    Mono<ResponseEntity<String>> order(@RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
                                       @Valid @RequestBody OrderBody body) {
        return Customers.current().flatMap(caller -> idempotency.execute(caller.subject(), key, body, () -> placeOrder.place(
                        new OrderRequest(caller.subject(), Channel.valueOf(caller.channel()), body.productCode(), body.accountId(),
                                body.money(), Boolean.TRUE.equals(body.seniorConfirmation())))
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
