package org.ebank.insight.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AtmReviewTest {

    private static final YearMonth DEC = YearMonth.of(2025, 12);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);

    @Test
    void theBottomTenthOfThreeMonthsRunningIsFlaggedAndADeviceInItsFirstMonthIsNotRanked() {
        List<AtmReview.Usage> usage = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            usage.add(new AtmReview.Usage("ATM-" + i, DEC, Map.of(JAN, 100L + i, FEB, 100L + i, MAR, 100L + i)));
        }
        usage.add(new AtmReview.Usage("ATM-LOW", DEC, Map.of(JAN, 5L, FEB, 7L))); // none in March: 0, still in service
        usage.add(new AtmReview.Usage("ATM-NEW", MAR, Map.of(MAR, 1L)));

        AtmReview review = AtmReview.of(MAR, usage);

        assertThat(review.months()).containsExactly(JAN, FEB, MAR);
        assertThat(review.flagged()).containsExactly("ATM-LOW");
        AtmReview.Device low = review.devices().get(0);
        assertThat(low.transactions()).containsExactly(5L, 7L, 0L);
        assertThat(low.bottom()).containsExactly(true, true, true);
        AtmReview.Device fresh = review.devices().get(1);
        assertThat(fresh.deviceId()).as("then by March's transactions, fewest first").isEqualTo("ATM-NEW");
        assertThat(fresh.transactions()).containsExactly(null, null, 1L);
        assertThat(fresh.bottom()).as("started in March: not ranked in it").containsExactly(false, false, false);
        assertThat(review.devices()).hasSize(11);
    }

    @Test
    void aTenthIsRoundedDownAtLeastOneAndDevicesLevelWithTheLineAreAllInTheBottom() {
        List<AtmReview.Usage> nineteen = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            nineteen.add(new AtmReview.Usage(String.format("ATM-%02d", i), DEC, Map.of(JAN, 10L + i, FEB, 10L + i, MAR, 10L + i)));
        }
        assertThat(AtmReview.of(MAR, nineteen).flagged()).as("19 in service: one in the bottom").containsExactly("ATM-00");

        AtmReview tied = AtmReview.of(MAR, List.of(
                new AtmReview.Usage("A", DEC, Map.of(JAN, 3L, FEB, 3L, MAR, 3L)),
                new AtmReview.Usage("B", DEC, Map.of(JAN, 3L, FEB, 3L, MAR, 3L)),
                new AtmReview.Usage("C", DEC, Map.of(JAN, 9L, FEB, 9L, MAR, 9L))));
        assertThat(tied.flagged()).containsExactly("A", "B");

        AtmReview broken = AtmReview.of(MAR, List.of(
                new AtmReview.Usage("A", DEC, Map.of(JAN, 3L, FEB, 3L, MAR, 3L)),
                new AtmReview.Usage("C", DEC, Map.of(JAN, 9L, FEB, 2L, MAR, 9L))));
        assertThat(broken.flagged()).as("C alone was February's bottom: A's run is broken").isEmpty();
        assertThat(broken.devices().get(0).bottom()).containsExactly(true, false, true);
    }

    @Test
    void aLoneAtmIsItsOwnBottomAndOneNotYetUsedIsNotReviewed() {
        assertThat(AtmReview.of(MAR, List.of(new AtmReview.Usage("SOLO", DEC, Map.of(JAN, 50L)))).flagged()).containsExactly("SOLO");
        assertThat(AtmReview.of(MAR, List.of()).devices()).isEmpty();
        assertThat(AtmReview.of(JAN, List.of(new AtmReview.Usage("LATER", FEB, Map.of(FEB, 1L)))).devices()).isEmpty();
        assertThat(AtmReview.of(FEB, List.of(new AtmReview.Usage("JAN-START", JAN, Map.of(JAN, 1L, FEB, 1L)))).devices().get(0).bottom())
                .as("ranked from February, its first whole month").containsExactly(false, false, true);
    }
}
