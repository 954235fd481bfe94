package org.ebank.notification.incentive.application;

import java.time.Instant;
import java.time.YearMonth;
import org.ebank.notification.incentive.domain.Approval;
import org.ebank.notification.incentive.domain.IncentiveSheet;
import reactor.core.publisher.Mono;

/** Submissions and approvals of branches' months, kept apart from the read model (a rebuild forgets none). */
public interface IncentiveApprovals {

    Mono<Approval> find(String branch, YearMonth month);

    /** Like {@link #find}, holding the branch's month until the transaction ends (its row lock, or a new row's). */
    Mono<Approval> lock(String branch, YearMonth month);

    /** The sheet's amounts submitted for approval by {@code by}, replacing an earlier submission of the month. */
    Mono<Approval> submit(IncentiveSheet sheet, String by, Instant at);

    Mono<Approval> approve(String branch, YearMonth month, String by, Instant at);
}
