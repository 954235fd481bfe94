package org.ebank.account.staff.application;

import org.ebank.account.staff.domain.Branch;
import org.ebank.account.staff.domain.StaffMember;

/** What came of a change to the directory of branches and staff. */
public sealed interface StaffOutcome {

    record BranchOpened(Branch branch) implements StaffOutcome {
    }

    /** A staff member enrolled, or their login started over: an activation code is on its way to their phone. */
    record ActivationSent(StaffMember member) implements StaffOutcome {
    }

    record Left(StaffMember member) implements StaffOutcome {
    }

    /** A branch manager or an administrator, waiting for a second administrator: nothing sent yet. */
    record AwaitingConfirmation(StaffMember member) implements StaffOutcome {
    }

    /** The administrator who enrolled them cannot be the one who confirms. */
    record OwnEnrolment(String code) implements StaffOutcome {
    }

    /** The code (or a system account's username), or the phone, is taken. */
    record Exists(String code) implements StaffOutcome {
    }

    record UnknownBranch(String code) implements StaffOutcome {
    }

    record UnknownStaff(String code) implements StaffOutcome {
    }
}
