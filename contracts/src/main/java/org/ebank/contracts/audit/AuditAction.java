package org.ebank.contracts.audit;

/** What staff, a channel system or the system itself did: the vocabulary of the audit trail. */
public enum AuditAction {
    CUSTOMER_REGISTERED,
    /** An enterprise registered as a customer (对公客户), by its unified social credit code. */
    ENTERPRISE_REGISTERED,
    /** A corporate netbank operator enrolled: the administrator by staff, makers and checkers by the administrator. */
    OPERATOR_ENROLLED,
    /**
     * A staff member's request to enrol an enterprise's administrator or start them over, and a second staff member's
     * confirmation of it (双人复核).
     */
    ADMINISTRATOR_REQUEST,
    /** A corporate netbank operator started over with a new activation code (password and token forgotten). */
    OPERATOR_RESET,
    /** A corporate payment's step by an operator: entered, approved or rejected (and the approval rule changed). */
    CORPORATE_PAYMENT,
    /** A payroll or pension batch (代发) uploaded or submitted for approval by its maker. */
    PAYROLL_BATCH,
    /** A cash pool (资金归集) set up by an enterprise's administrator. */
    CASH_POOL,
    /** A branch (网点) opened in the bank's directory. */
    BRANCH_OPENED,
    /** A staff member enrolled at a branch, or their login started over with a new activation code. */
    STAFF_ENROLLED,
    STAFF_RESET,
    STAFF_LEFT,
    /** An account opened, with its opening deposit. */
    ACCOUNT_OPENED,
    /** A 易汇通卡's star level set (or given back to the rating) by hand. */
    STAR_LEVEL_SET,
    /** The periodic fee batch (annual and small-account fees) run, by staff or on its schedule. */
    PERIODIC_FEES_RUN,
    /** A transfer's or a cash operation's fee given back by hand. */
    FEE_WAIVED,
    /** Cash paid in or taken out at an ATM or a counter. */
    CASH_OPERATION,
    PRODUCT_LAUNCHED,
    /** A wealth product sold at a branch's counter, with the teller who sold it. */
    COUNTER_WEALTH_SALE,
    /** A fixed-term wealth holding paid back at maturity, in a run staff started or on schedule. */
    MATURITY_PAID,
    /** A branch's staff incentives for a month submitted for payout (the maker), then approved by its manager (the checker). */
    INCENTIVES_SUBMITTED,
    INCENTIVES_APPROVED,
    /** The KPI read model forgotten and read again from the events. */
    KPIS_REBUILT,
    /** The local run's SMS phone read (codes included). */
    LOCAL_SMS_READ,
    /** The list of customers to invite to e-banking read (personal data). */
    PROSPECTS_READ
}
