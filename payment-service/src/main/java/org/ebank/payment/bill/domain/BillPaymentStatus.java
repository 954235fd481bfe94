package org.ebank.payment.bill.domain;

/**
 * Where a bill payment is: PENDING (recorded, the money not yet held), HELD (held on the card, the biller asked),
 * CONFIRMED (the biller took it, the held money not yet taken), then PAID; REFUSED by the biller (the money released), or
 * FAILED before the biller was asked (not enough money on the card).
 */
public enum BillPaymentStatus {
    PENDING, HELD, CONFIRMED, PAID, REFUSED, FAILED;

    public boolean isFinished() {
        return this == PAID || this == REFUSED || this == FAILED;
    }
}
