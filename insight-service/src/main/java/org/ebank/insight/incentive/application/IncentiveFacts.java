package org.ebank.insight.incentive.application;

import java.time.Instant;
import java.time.YearMonth;
import org.ebank.insight.incentive.domain.Referral;
import reactor.core.publisher.Flux;

/** What the incentives are worked out from: the KPI read model's facts, themselves from the event stream. */
public interface IncentiveFacts {

    /**
     * Referrals credited to the branch's staff (the code was theirs at enrolment) whose customer first used the service
     * within 30 days of enrolling, not paid yet: those whose first use fell in {@code [from, to)}, and those whose first use
     * fell in an earlier month the branch had approved before their events arrived.
     */
    Flux<Referral> payable(String branch, Instant from, Instant to);

    /** The referrals the approval of the branch's month paid. */
    Flux<Referral> paid(String branch, YearMonth month);
}
