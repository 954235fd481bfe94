package org.ebank.wealth.kernel.domain;

import java.util.Map;

/** Why a purchase or a redemption was refused, with what the customer may be told (e.g. when a night-market product next opens). */
public record Refusal(Reason reason, Map<String, Object> details) {

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

    public static Refusal of(Reason reason) {
        return new Refusal(reason, Map.of());
    }

    public static Refusal of(Reason reason, Map<String, Object> details) {
        return new Refusal(reason, details);
    }
}
