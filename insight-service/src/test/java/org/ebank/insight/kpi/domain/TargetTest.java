package org.ebank.insight.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.junit.jupiter.api.Test;

class TargetTest {

    private static final Target Q4 = new Target("2026Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), 35_000L,
            new BigDecimal("0.585"), new BigDecimal("0.795"), new BigDecimal("0.86"));

    @Test
    void eachTargetedMeasureIsActualOverTarget() {
        // 138 enterprises in corporate netbank too: not registrations of the mobile and netbank target
        Figures actual = new Figures(Map.of(Channel.MOBILE, new Enrolments(20_000, 11_700), Channel.NETBANK, new Enrolments(7_000, 3_500),
                Channel.CORPORATE_NETBANK, new Enrolments(138, 100)),
                Map.of(Channel.MOBILE, new Tally(86, new BigDecimal("8600.00")), Channel.COUNTER, new Tally(14, new BigDecimal("1400.00"))),
                Map.of(), zero(), zero(), Map.of(), Map.of(), PushFunnel.NONE);

        Map<String, Target.Attainment> measures = Q4.attainment(actual);

        assertThat(measures).containsOnlyKeys("registrations", "mobileActivation", "netbankActivation", "substitutionRate");
        assertThat(measures.get("registrations")).isEqualTo(new Target.Attainment(new BigDecimal("35000"), new BigDecimal("27000"),
                new BigDecimal("0.7714")));
        assertThat(measures.get("mobileActivation").actual()).isEqualTo(new BigDecimal("0.5850"));
        assertThat(measures.get("mobileActivation").attained()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(measures.get("netbankActivation").attained()).as("0.5 of 0.795").isEqualTo(new BigDecimal("0.6289"));
        assertThat(measures.get("substitutionRate").actual()).isEqualTo(new BigDecimal("0.8600"));
    }

    @Test
    void aMeasureLeftOutIsNotTargetedAndNothingCountedIsNoAttainment() {
        Target mobileOnly = new Target("mobile", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null,
                new BigDecimal("0.585"), null, null);

        Map<String, Target.Attainment> measures = mobileOnly.attainment(Figures.NONE);

        assertThat(measures).containsOnlyKeys("mobileActivation");
        assertThat(measures.get("mobileActivation").actual()).isNull();
        assertThat(measures.get("mobileActivation").attained()).isNull();
    }

    @Test
    void periodsOverlapWhenTheyShareADayBoundariesIncluded() {
        assertThat(Q4.overlaps(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31))).isTrue();
        assertThat(Q4.overlaps(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(Q4.overlaps(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31))).isFalse();
        assertThat(Q4.overlaps(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30))).isFalse();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
