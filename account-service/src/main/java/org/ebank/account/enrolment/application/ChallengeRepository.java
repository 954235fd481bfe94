package org.ebank.account.enrolment.application;

import java.time.Instant;
import org.ebank.account.enrolment.domain.Challenge;
import reactor.core.publisher.Mono;

/** SMS challenges, kept with the hash of their code only. */
public interface ChallengeRepository {

    Mono<Void> save(Challenge challenge, Instant createdAt);

    /** The challenge, locked until the transaction ends (answers to one challenge count one by one). */
    Mono<Challenge> lock(String id);

    Mono<Void> countTry(String id);

    Mono<Void> markAnswered(String id);

    /**
     * How many codes the customer was sent since then, counted under a lock on the customer's codes held until the
     * transaction ends (two requests at once cannot both see room for one more).
     */
    Mono<Long> sentSince(String customerId, Instant since);
}
