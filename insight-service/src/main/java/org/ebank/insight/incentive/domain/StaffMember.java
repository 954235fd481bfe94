package org.ebank.insight.incentive.domain;

import org.ebank.insight.incentive.domain.IncentiveRefused.Reason;

/**
 * A staff member as their token names them: who may do what with a branch's incentives. Everyone reads their own; a
 * branch's sheet is read and submitted (the maker) by its manager or administrator, and approved (the checker) by its
 * manager, never by the maker.
 */
public record StaffMember(String code, String branch, boolean manager, boolean administrator) {

    public void mayRead(String sheetBranch) {
        ofBranch(sheetBranch);
        if (!manager && !administrator) {
            throw new IncentiveRefused(Reason.NOT_PERMITTED);
        }
    }

    public void maySubmit(String sheetBranch) {
        mayRead(sheetBranch);
    }

    /** Before anything of the branch's month is looked at: its manager. */
    public void mayApprove(String sheetBranch) {
        ofBranch(sheetBranch);
        if (!manager) {
            throw new IncentiveRefused(Reason.NOT_PERMITTED);
        }
    }

    /** The maker of a submission never approves it. */
    public void mayApprove(Approval submitted) {
        if (submitted.submittedBy().equals(code)) {
            throw new IncentiveRefused(Reason.OWN_SUBMISSION);
        }
    }

    /** The staff member's own branch, for their own incentives. */
    public String ownBranch() {
        if (branch == null || branch.isBlank()) {
            throw new IncentiveRefused(Reason.NO_BRANCH);
        }
        return branch;
    }

    private void ofBranch(String sheetBranch) {
        if (!ownBranch().equals(sheetBranch)) {
            throw new IncentiveRefused(Reason.OTHER_BRANCH);
        }
    }
}
