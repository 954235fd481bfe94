package org.ebank.insight.incentive.application;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.ebank.insight.incentive.domain.Approval;
import org.ebank.insight.incentive.domain.IncentiveSheet;
import org.ebank.insight.incentive.domain.Referral;
import reactor.core.publisher.Mono;

/** Submissions and approvals of branches' months, kept apart from the read model (a rebuild forgets none). */
public interface IncentiveApprovals {

    Mono<Approval> find(String branch, YearMonth month);

    /** Holds the branch's month until the transaction ends (whether or not anything was submitted yet), then finds it. */
    Mono<Approval> lock(String branch, YearMonth month);

    /** The sheet's amounts submitted for approval by {@code by}, replacing an earlier submission of the month. */
    Mono<Approval> submit(IncentiveSheet sheet, String by, Instant at);

    /**
     * Approves the submitted month and records each of its referrals as paid by it; {@code false} (and nothing done) when
     * one of them was paid already.
     */
    Mono<Boolean> approve(String branch, YearMonth month, List<Referral> referrals, String by, Instant at);
}
