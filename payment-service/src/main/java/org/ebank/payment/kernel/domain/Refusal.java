package org.ebank.payment.kernel.domain;

import java.util.Map;

/**
 * Why a bill could not be looked up or paid, a vehicle bound or a toll statement taken, with what the caller needs to know
 * (e.g. the amount due): nothing moved, nothing recorded.
 */
public final class Refusal extends RuntimeException {

    public enum Reason {
        UNKNOWN_BILLER, UNKNOWN_BILL, UNKNOWN_ACCOUNT, BILL_ALREADY_PAID, BILL_PAYMENT_UNDER_WAY, AMOUNT_NOT_THE_BILLS, INSUFFICIENT_FUNDS,
        PLATE_ALREADY_BOUND, CARD_HAS_VEHICLE, STATEMENT_CONFLICT, TOLLS_ALREADY_REPORTED
    }

    private final Reason reason;
    private final transient Map<String, Object> details;

    public Refusal(Reason reason, Map<String, Object> details) {
        super(reason.name(), null, false, false);
        this.reason = reason;
        this.details = Map.copyOf(details);
    }

    public Refusal(Reason reason) {
        this(reason, Map.of());
    }

    public Reason reason() {
        return reason;
    }

    public Map<String, Object> details() {
        return details;
    }
}
