package org.ebank.wealth.order;

import java.util.Map;

/** Why a purchase was refused, with what the customer may be told (e.g. when a night-market product next opens). */
public record OrderRefusal(Reason reason, Map<String, Object> details) {

    public enum Reason {
        UNKNOWN_PRODUCT,
        UNKNOWN_ACCOUNT,
        CHANNEL_NOT_ALLOWED,
        NOT_ON_SALE,
        BAD_AMOUNT,
        NO_ASSESSMENT,
        ASSESSMENT_EXPIRED,
        RISK_TOO_HIGH,
        SENIOR_CONFIRMATION_REQUIRED,
        SOLD_OUT,
        INSUFFICIENT_FUNDS,
        FIXED_TERM,
        NOT_ENOUGH_HELD
    }

    public static OrderRefusal of(Reason reason) {
        return new OrderRefusal(reason, Map.of());
    }
}
