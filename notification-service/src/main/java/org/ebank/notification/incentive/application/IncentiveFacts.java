package org.ebank.notification.incentive.application;

import java.time.Instant;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.notification.incentive.domain.Referral;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the incentives are worked out from: the KPI read model's facts, themselves from the event stream. */
public interface IncentiveFacts {

    /**
     * Referrals credited to the branch's staff (the code was theirs at enrolment) whose customer first used the service
     * within 30 days of enrolling, that first use falling in {@code [from, to)}.
     */
    Flux<Referral> activated(String branch, Instant from, Instant to);

    /**
     * The branch's new e-banking customers enrolled in {@code [from, to)}, by service: those its staff referred, and those
     * without a staff referrer whose first account the branch opened.
     */
    Mono<Map<Channel, Long>> newCustomers(String branch, Instant from, Instant to);
}
