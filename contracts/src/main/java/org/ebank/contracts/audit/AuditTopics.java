package org.ebank.contracts.audit;

/** The audit trail: every staff, channel-system and system action, from every service, keyed by who acted. */
public final class AuditTopics {

    public static final String AUDIT = "ebank.audit.action.v1";

    public static final String ACTION_RECORDED = "ebank.audit.ActionRecorded";

    private AuditTopics() {
    }
}
