package org.ebank.contracts.wealth;

import java.util.Map;

/** Topics wealth-service publishes to, and the CloudEvent types on them. */
public final class WealthTopics {

    /** Orders and holdings, keyed by customer id. */
    public static final String ORDER = "ebank.wealth.order.v1";

    /** Products launched, changed, sold out, keyed by product code. */
    public static final String PRODUCT = "ebank.wealth.product.v1";
    /** Customers' risk assessments, keyed by customer id. */
    public static final String CUSTOMER = "ebank.wealth.customer.v1";

    public static final String ORDER_PLACED = "ebank.wealth.OrderPlaced";
    public static final String ORDER_FAILED = "ebank.wealth.OrderFailed";
    public static final String HOLDING_REDEEMED = "ebank.wealth.HoldingRedeemed";
    public static final String HOLDING_MATURED = "ebank.wealth.HoldingMatured";
    public static final String PRODUCT_LAUNCHED = "ebank.wealth.ProductLaunched";
    public static final String PRODUCT_SOLD_OUT = "ebank.wealth.ProductSoldOut";
    public static final String RISK_ASSESSED = "ebank.wealth.RiskAssessed";

    /** The record each order outcome's type travels as. */
    public static final Map<String, Class<? extends OrderOutcome>> ORDERS = Map.of(ORDER_PLACED, OrderPlaced.class,
            ORDER_FAILED, OrderFailed.class);
    /** The record each holding event's type travels as. */
    public static final Map<String, Class<? extends HoldingEvent>> HOLDINGS = Map.of(HOLDING_REDEEMED, HoldingRedeemed.class,
            HOLDING_MATURED, HoldingMatured.class);

    private WealthTopics() {
    }
}
