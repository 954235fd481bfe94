package org.ebank.wealth.order.application;

import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.ebank.wealth.kernel.domain.Outcome;
import org.ebank.wealth.order.domain.Order;
import org.ebank.wealth.order.domain.OrderRequest;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A wealth product sold at a branch's counter, as a counter system reports it: the customer's own order on the COUNTER
 * channel, under an id of the counter system's (its keys never meet a customer's), and an audit record of who sold it.
 */
@Service
public class SellAtCounter {

    private final PlaceOrder placeOrder;
    private final Audit audit;

    public SellAtCounter(PlaceOrder placeOrder, Audit audit) {
        this.placeOrder = placeOrder;
        this.audit = audit;
    }

    /** {@code system}: the counter system; {@code teller}: the staff member who sold it; {@code requestKey}: the system's key. */
    public Mono<Outcome<Order>> sell(String system, String teller, OrderRequest request, String requestKey) {
        String orderId = IdempotentRequests.operationId("cord_", system + "\n" + request.customerId(), requestKey);
        return placeOrder.placeAs(orderId, request).flatMap(outcome -> outcome instanceof Outcome.Ok<Order> placed
                ? audit.record(AuditAction.COUNTER_WEALTH_SALE, placed.value().orderId(), Map.of("teller", teller,
                        "customerId", request.customerId(), "accountId", request.accountId(), "product", request.productCode(),
                        "amount", request.amount().toString(), "status", placed.value().status(),
                        "seniorConfirmation", String.valueOf(request.seniorConfirmation()))).thenReturn(outcome)
                : Mono.just(outcome));
    }
}
