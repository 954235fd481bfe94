package org.ebank.contracts.payment;

/** Topics payment-service publishes to, and the CloudEvent types on them. */
public final class PaymentTopics {

    /** Bill payments (生活缴费), keyed by customer id. */
    public static final String BILL = "ebank.payment.bill.v1";

    /** The biller confirmed the payment and the held money was taken: the bill is paid. */
    public static final String BILL_PAID = "ebank.payment.BillPaid";
    /** The biller refused the payment: the held money is available again. */
    public static final String BILL_REFUSED = "ebank.payment.BillPaymentRefused";
    /** The card had not the money when the payment was to be held: nothing held, nothing paid, the biller not asked. */
    public static final String BILL_FAILED = "ebank.payment.BillPaymentFailed";

    /** ETC toll debits (ETC通行费), keyed by the card's holder (a customer's id, or an enterprise's). */
    public static final String ETC = "ebank.payment.etc.v1";

    /** A month's tolls were taken from the bound card, discounted where its product earns it. */
    public static final String ETC_DEBITED = "ebank.payment.EtcTollsDebited";
    /** The card could not pay a month's tolls: tried again the next day ({@code nextAttemptAt}), or no more when that is none. */
    public static final String ETC_DEBIT_REFUSED = "ebank.payment.EtcDebitRefused";

    private PaymentTopics() {
    }
}
