package org.ebank.notification.push.application;

import java.time.Instant;
import java.util.List;
import org.ebank.notification.push.domain.Decision;
import org.ebank.notification.push.domain.Profile;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The pushes decided, sent and dropped, and what became of them. */
public interface PushLog {

    /** Runs {@code work} in one transaction that holds this customer's push lock, so two runners never both decide. */
    <T> Mono<T> exclusively(String customerId, Mono<T> work);

    /** Pending and sent pushes decided since {@code since}: what the weekly limit and the cooldown look at. */
    Mono<List<Profile.PastPush>> recent(String customerId, Instant since);

    Mono<Void> decided(String pushId, String customerId, Decision.Push push, Instant at);

    Flux<Due> due(Instant now, int limit);

    /** Marks a pending push as sent; false when another runner got there first. */
    Mono<Boolean> sent(String pushId, String messageId, Instant at);

    Mono<Void> dropped(String pushId);

    Mono<Void> postponed(String pushId, Instant sendAfter);

    /** A purchase of a pushed product within {@code window} of the push is its conversion. */
    Mono<Void> purchased(String customerId, String productCode, String orderId, Instant at, java.time.Duration window);

    record Due(String id, String customerId, String productCode, String reason, String reasonEn, Instant decidedAt, Instant sendAfter) {
    }
}
