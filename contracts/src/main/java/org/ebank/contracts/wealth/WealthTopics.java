package org.ebank.contracts.wealth;

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

    private WealthTopics() {
    }
}
