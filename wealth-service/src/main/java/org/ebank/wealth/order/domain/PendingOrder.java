package org.ebank.wealth.order.domain;

import java.time.Instant;
import java.util.List;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.wealth.OrderOutcome;
import org.ebank.wealth.holding.domain.NewHolding;
import org.ebank.wealth.product.domain.Product;

/**
 * A purchase whose quota is taken and whose ledger posting is not settled yet, and the only place it is settled:
 *
 * <pre>
 *  PENDING ─┬─ placed (the ledger took the money) ──▶ PLACED: a holding opens
 *           └─ failed (the ledger refused) ─────────▶ FAILED: the quota goes back
 * </pre>
 */
public record PendingOrder(String id, OrderRequest request, Instant placedAt) {

    /** The money from the customer's card to the wealth settlement account, under the order's id. */
    public PostingRequest posting(Product product) {
        return new PostingRequest(id, request.channel(), "WEALTH_PURCHASE", "理财申购 " + product.code(), List.of(
                Leg.debit(request.accountId(), request.amount(), "申购 " + product.name()),
                Leg.credit(InternalAccounts.WEALTH_SETTLEMENT, request.amount())));
    }

    public Settlement placed(Product product) {
        return new Settlement(true, NewHolding.of(id, request.customerId(), product.code(), request.accountId(),
                request.amount().amount(), placedAt, product.termDays()), null, event(product, "PLACED", null));
    }

    /** {@code reason}: why the ledger refused, e.g. INSUFFICIENT_FUNDS. */
    public Settlement failed(Product product, String reason) {
        return new Settlement(false, null, reason, event(product, "FAILED", reason));
    }

    /** The order as the customer is told of it, in {@code status}. */
    public Order view(String status) {
        return new Order(id, request.productCode(), request.accountId(), request.amount().toString(), status);
    }

    private OrderOutcome event(Product product, String status, String reason) {
        return OrderOutcome.of(id, request.customerId(), request.accountId(), product.code(), product.riskLevel(),
                request.amount().amount(), request.channel(), product.isDailyLiquidity(), product.nightMarket(), status,
                reason, placedAt);
    }

    /** How the order settles: placed with the holding it opens, or failed with the reason; and the event either way. */
    public record Settlement(boolean placed, NewHolding holding, String failureReason, OrderOutcome event) {
    }
}
