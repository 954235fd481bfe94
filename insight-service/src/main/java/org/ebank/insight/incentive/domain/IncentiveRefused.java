package org.ebank.insight.incentive.domain;

/** Why a staff member may not read, submit or approve a branch's incentives, or why the month cannot be submitted or approved yet. */
public class IncentiveRefused extends RuntimeException {

    private final Reason reason;

    public IncentiveRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        /** The staff token names no branch. */
        NO_BRANCH,
        /** Only staff of the branch deal with its incentives. */
        OTHER_BRANCH,
        /** A branch's sheet is read and submitted by its manager or administrator, and approved by its manager. */
        NOT_PERMITTED,
        /** The maker of a submission does not approve it. */
        OWN_SUBMISSION,
        /** A month is submitted some days after it ended (2 by default): its last activations may still be on their way. */
        MONTH_NOT_OVER,
        /** An approved month is paid as approved. */
        ALREADY_APPROVED,
        /** Nothing waits for approval for that month. */
        NOT_SUBMITTED,
        /**
         * The month is not what was submitted, or not the submission the approver read (a late event, a submission
         * again, a referral paid meanwhile): the maker submits it again, the approver reads it again.
         */
        CHANGED_SINCE_SUBMISSION
    }
}
