package org.ebank.contracts.account;

/** Topics account-service publishes to, and the CloudEvent types on them. */
public final class AccountTopics {

    /** Customer lifecycle, keyed by customer id. */
    public static final String CUSTOMER = "ebank.account.customer.v1";

    public static final String CUSTOMER_REGISTERED = "ebank.account.CustomerRegistered";

    private AccountTopics() {
    }
}
