package org.ebank.corporate.operator.application;

import org.ebank.corporate.operator.domain.AdministratorRequest;

/** What came of a staff request about an enterprise's administrator, or of its confirmation. */
public sealed interface RequestOutcome {

    /** Waiting for a second staff member of the branch. */
    record Pending(AdministratorRequest request) implements RequestOutcome {
    }

    /** One of that kind waits for the enterprise already (null: it was just closed; try again). */
    record AlreadyPending(AdministratorRequest request) implements RequestOutcome {
    }

    /** The request could not be made, or, confirmed, not carried out (the enterprise has its administrator meanwhile…). */
    record Refused(OperatorOutcome outcome) implements RequestOutcome {
    }

    /** Confirmed and carried out: the activation code is on its way to the administrator's phone. */
    record Done(OperatorOutcome.Enrolled outcome) implements RequestOutcome {
    }

    /** This staff member may not confirm it. */
    record NotYours(AdministratorRequest.Refusal refusal) implements RequestOutcome {
    }

    /** Withdrawn while it waited: nothing was done. */
    record Withdrawn(AdministratorRequest request) implements RequestOutcome {
    }

    /** No such request waiting (never made, confirmed already, or out of date). */
    record Closed(String requestId) implements RequestOutcome {
    }

    /** The staff member's token names no branch: no second pair of eyes can be found for them. */
    record NoBranch() implements RequestOutcome {
    }
}
