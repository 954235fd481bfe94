package org.ebank.account.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChallengeTest {

    private static final Instant SENT = Instant.parse("2026-11-30T02:00:00Z");
    private final ChallengePolicy policy = new ChallengePolicy(Duration.ofMinutes(5), 3, 5);

    @Test
    void aCodeCanBeAnsweredUntilItExpiresIsAnsweredOrRunsOutOfTries() {
        assertThat(challenge(0, false).isOpen(policy, SENT.plus(Duration.ofMinutes(4)))).isTrue();
        assertThat(challenge(0, false).isOpen(policy, SENT.plus(Duration.ofMinutes(5)))).as("expired").isFalse();
        assertThat(challenge(0, true).isOpen(policy, SENT)).as("answered already").isFalse();
        assertThat(challenge(3, false).isOpen(policy, SENT)).as("three wrong answers").isFalse();
    }

    @Test
    void eachWrongAnswerSaysHowManyTriesAreLeft() {
        assertThat(challenge(0, false).triesLeftAfterWrong(policy)).isEqualTo(2);
        assertThat(challenge(2, false).triesLeftAfterWrong(policy)).isZero();
        assertThat(challenge(3, false).triesLeftAfterWrong(policy)).isZero();
    }

    private Challenge challenge(int tries, boolean answered) {
        return new Challenge("ch-1", "c-1", Challenge.Purpose.ENROLMENT, EbankChannel.MOBILE, "phone-1", null, "hash", tries,
                answered, SENT.plus(policy.lifetime()));
    }
}
