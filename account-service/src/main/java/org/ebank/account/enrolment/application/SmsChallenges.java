package org.ebank.account.enrolment.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.ebank.account.enrolment.domain.Challenge;
import org.ebank.account.enrolment.domain.ChallengePolicy;
import org.ebank.account.enrolment.domain.EbankChannel;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.SecurityCodeRequested;
import org.ebank.platform.outbox.Outbox;
import org.ebank.platform.secrets.OneTimeCode;
import org.ebank.platform.secrets.Sealer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Proof that the caller holds the customer's phone on record: a six-digit code sent there by SMS (sealed for
 * notification-service on its way, kept here only as a hash), typed back within its lifetime and tries. Runs in the
 * caller's transaction.
 */
@Service
public class SmsChallenges {

    private final ChallengeRepository challenges;
    private final Outbox outbox;
    private final Sealer sealer;
    private final ChallengePolicy policy;
    private final Clock clock;

    public SmsChallenges(ChallengeRepository challenges, Outbox outbox, Sealer sealer, ChallengePolicy policy, Clock clock) {
        this.challenges = challenges;
        this.outbox = outbox;
        this.sealer = sealer;
        this.policy = policy;
        this.clock = clock;
    }

    /** Sends a code to the customer's phone; empty when they were sent too many this hour. */
    public Mono<Challenge> send(String customerId, Challenge.Purpose purpose, EbankChannel channel, String deviceId,
                                String referrerCode) {
        Instant now = clock.instant();
        return challenges.sentSince(customerId, now.minus(Duration.ofHours(1))).filter(sent -> sent < policy.perHour())
                .flatMap(sent -> {
                    String id = "ch_" + UUID.randomUUID().toString().replace("-", "");
                    String code = OneTimeCode.generate();
                    Challenge challenge = new Challenge(id, customerId, purpose, channel, deviceId, referrerCode,
                            OneTimeCode.hash(id, code), 0, false, now.plus(policy.lifetime()));
                    return sealer.seal(code).flatMap(sealed -> challenges.save(challenge, now)
                            .then(outbox.append(AccountTopics.CUSTOMER, customerId, AccountTopics.SECURITY_CODE_REQUESTED,
                                    new SecurityCodeRequested(id, customerId, sealed,
                                            SecurityCodeRequested.Purpose.valueOf(purpose.name()), channel.tokenChannel(),
                                            challenge.expiresAt())))
                            .thenReturn(challenge));
                });
    }

    /**
     * Checks the code typed back for a challenge of this purpose, under the challenge's lock. A wrong code counts a try,
     * which commits with the refusal; after a right one the caller {@link #close closes} the challenge, or
     * {@link #spendTry spends a try} when what came with the code was wrong.
     */
    public Mono<Answer> answer(String challengeId, Challenge.Purpose purpose, String code) {
        Instant now = clock.instant();
        return challenges.lock(challengeId).filter(c -> c.purpose() == purpose && c.isOpen(policy, now)).flatMap(challenge ->
                OneTimeCode.matches(challenge.id(), code, challenge.codeHash()) ? Mono.just((Answer) new Answer.Right(challenge))
                        : spendTry(challenge).map(left -> (Answer) new Answer.Wrong(left))
        ).defaultIfEmpty(new Answer.Closed());
    }

    /** A wrong step that came with a right code (a wrong password at enrolment) spends a try as a wrong code would. */
    public Mono<Integer> spendTry(Challenge challenge) {
        return challenges.countTry(challenge.id()).thenReturn(challenge.triesLeftAfterWrong(policy));
    }

    public Mono<Void> close(Challenge challenge) {
        return challenges.markAnswered(challenge.id());
    }

    /** What came of an answer. */
    public sealed interface Answer {

        record Right(Challenge challenge) implements Answer {
        }

        record Wrong(int triesLeft) implements Answer {
        }

        /** Unknown, answered already, expired or out of tries: a new code is needed. */
        record Closed() implements Answer {
        }
    }
}
