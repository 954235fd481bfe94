package org.ebank.corporate.payment.domain;

/** Where a corporate payment goes, which decides its fee. */
public enum PaymentKind {
    /** 行内同城 */
    SAME_BANK_SAME_REGION,
    /** 行内异地 */
    SAME_BANK_CROSS_REGION,
    /** 跨行: to an account at another bank, through the interbank clearing network. */
    INTERBANK,
    /** A payroll batch's total (代发), to the bank's disbursement account and on from there to each payee. */
    PAYROLL;

    public static PaymentKind between(String payerRegion, String payeeRegion) {
        return payerRegion.equals(payeeRegion) ? SAME_BANK_SAME_REGION : SAME_BANK_CROSS_REGION;
    }
}
