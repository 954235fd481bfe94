package org.ebank.contracts.account;

/** Topics account-service publishes to, and the CloudEvent types on them. */
public final class AccountTopics {

    /** Customer lifecycle, keyed by customer id. */
    public static final String CUSTOMER = "ebank.account.customer.v1";

    /** Accounts opened and their star levels, keyed by account id. */
    public static final String ACCOUNT = "ebank.account.account.v1";

    /** Every balance change, one event per customer account leg, keyed by account id. */
    public static final String POSTING = "ebank.account.posting.v1";

    /** Branches and their staff, keyed by branch code (a branch's staff after the branch). */
    public static final String STAFF = "ebank.account.staff.v1";

    public static final String CUSTOMER_REGISTERED = "ebank.account.CustomerRegistered";
    public static final String CUSTOMER_ENROLLED = "ebank.account.CustomerEnrolled";
    public static final String CUSTOMER_LOGGED_IN = "ebank.account.CustomerLoggedIn";
    public static final String SECURITY_CODE_REQUESTED = "ebank.account.SecurityCodeRequested";
    public static final String ACCOUNT_OPENED = "ebank.account.AccountOpened";
    public static final String STAR_LEVEL_CHANGED = "ebank.account.StarLevelChanged";
    public static final String POSTING_RECORDED = "ebank.account.PostingRecorded";
    public static final String BRANCH_OPENED = "ebank.account.BranchOpened";
    public static final String STAFF_ENROLLED = "ebank.account.StaffEnrolled";
    public static final String STAFF_ACTIVATION_CODE_ISSUED = "ebank.account.StaffActivationCodeIssued";
    public static final String STAFF_LEFT = "ebank.account.StaffLeft";

    private AccountTopics() {
    }
}
