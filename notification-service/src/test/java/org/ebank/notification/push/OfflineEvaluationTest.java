package org.ebank.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the offline evaluation (see {@link OfflineEvaluation}); the numbers go to the test output and the issue notes. */
class OfflineEvaluationTest {

    @Test
    void theRecommenderConvertsBetterThanARandomEligibleProductOnTheSameSyntheticPopulation() {
        OfflineEvaluation.Result result = new OfflineEvaluation(2026).run(20_000);
        System.out.println("Smart-push offline evaluation (seed 2026)\n" + result);

        assertThat(result.smart().pushes).isGreaterThan(10_000);
        assertThat(result.smart().rate()).isGreaterThan(result.baseline().rate());
        assertThat(result.lift()).as("expected conversion, smart over random").isGreaterThan(new java.math.BigDecimal("1.3"));
    }

    @Test
    void theSameSeedGivesTheSameNumbers() {
        assertThat(new OfflineEvaluation(7).run(2_000).toString()).isEqualTo(new OfflineEvaluation(7).run(2_000).toString());
    }
}
