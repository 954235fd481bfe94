package org.ebank.contracts.corporate;

/** Topics corporate-service publishes to, and the CloudEvent types on them. */
public final class CorporateTopics {

    /** Enterprises (对公客户) and their corporate netbank operators, keyed by enterprise id. */
    public static final String ENTERPRISE = "ebank.corporate.enterprise.v1";

    public static final String ENTERPRISE_REGISTERED = "ebank.corporate.EnterpriseRegistered";
    public static final String OPERATOR_ENROLLED = "ebank.corporate.OperatorEnrolled";
    public static final String OPERATOR_ACTIVATED = "ebank.corporate.OperatorActivated";
    public static final String OPERATOR_SIGNED_IN = "ebank.corporate.OperatorSignedIn";

    private CorporateTopics() {
    }
}
