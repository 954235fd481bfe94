package org.ebank.contracts.corporate;

/** Topics corporate-service publishes to, and the CloudEvent types on them. */
public final class CorporateTopics {

    /** Enterprises (对公客户) and their corporate netbank operators, keyed by enterprise id. */
    public static final String ENTERPRISE = "ebank.corporate.enterprise.v1";

    /** Corporate payments, step by step, keyed by payment id (a payroll batch's outcome too, under its payment's id; cash pools' sweeps under the pool's). */
    public static final String PAYMENT = "ebank.corporate.payment.v1";

    public static final String ENTERPRISE_REGISTERED = "ebank.corporate.EnterpriseRegistered";
    public static final String OPERATOR_ENROLLED = "ebank.corporate.OperatorEnrolled";
    public static final String OPERATOR_ACTIVATED = "ebank.corporate.OperatorActivated";
    /** An operator started over with a new activation code: the enterprise is told. */
    public static final String OPERATOR_RESET = "ebank.corporate.OperatorReset";
    /** An operator's activation code, sealed, to send by SMS to their own phone (enrolled or started over). */
    public static final String ACTIVATION_CODE_ISSUED = "ebank.corporate.ActivationCodeIssued";
    public static final String OPERATOR_SIGNED_IN = "ebank.corporate.OperatorSignedIn";
    public static final String PAYMENT_SUBMITTED = "ebank.corporate.PaymentSubmitted";
    public static final String PAYMENT_APPROVED = "ebank.corporate.PaymentApproved";
    public static final String PAYMENT_REJECTED = "ebank.corporate.PaymentRejected";
    public static final String PAYMENT_EXPIRED = "ebank.corporate.PaymentExpired";
    /** Its maker was started over before it was approved: withdrawn (status WITHDRAWN, reason OPERATOR_RESET), no money moved. */
    public static final String PAYMENT_WITHDRAWN = "ebank.corporate.PaymentWithdrawn";
    /** A checker who approved it was started over before it was approved as the rule asks: their approval no longer counts. */
    public static final String PAYMENT_APPROVAL_WITHDRAWN = "ebank.corporate.PaymentApprovalWithdrawn";
    /** Posted: the money left the payer (to a payee here, or to the clearing account for another bank: status PENDING_CLEARING). */
    public static final String PAYMENT_COMPLETED = "ebank.corporate.PaymentCompleted";
    /** A payment to another bank settled by the clearing network. */
    public static final String PAYMENT_SETTLED = "ebank.corporate.PaymentSettled";
    /** A payment to another bank sent back by it: the posting reversed, amount and fee back with the payer. */
    public static final String PAYMENT_RETURNED = "ebank.corporate.PaymentReturned";
    public static final String PAYMENT_FAILED = "ebank.corporate.PaymentFailed";
    /** A payroll batch (代发) was paid out: each row posted once, what failed back with the payer. */
    public static final String PAYROLL_DISBURSED = "ebank.corporate.PayrollDisbursed";
    /** A member account of a cash pool swept to its master for a business day (keyed by the pool's id). */
    public static final String CASH_SWEPT = "ebank.corporate.CashSwept";

    private CorporateTopics() {
    }
}
