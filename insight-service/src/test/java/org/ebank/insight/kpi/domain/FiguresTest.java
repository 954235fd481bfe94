package org.ebank.insight.kpi.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void periodsAddUpByCountsSoRatesAreRecomputedNotAveraged() {
        Figures monday = transactions(Map.of(Channel.MOBILE, tally(9, "900.00"), Channel.COUNTER, tally(1, "100.00")));
        Figures tuesday = transactions(Map.of(Channel.COUNTER, tally(9, "900.00"), Channel.NETBANK, tally(1, "100.00")));

        assertThat(monday.substitutionRate()).isEqualByComparingTo("0.9");
        assertThat(tuesday.substitutionRate()).isEqualByComparingTo("0.1");
        assertThat(monday.plus(tuesday).substitutionRate()).as("10 of 20, not the mean of 0.9 and 0.1 by chance")
                .isEqualTo(new BigDecimal("0.5000"));
        assertThat(monday.plus(tuesday).allTransactions()).isEqualTo(tally(20, "2000.00"));
    }

    @Test
    void aRateOverNothingIsAbsentRatherThanZero() {
        assertThat(Figures.NONE.substitutionRate()).isNull();
        assertThat(Figures.NONE.wealthElectronicShare()).isNull();
        assertThat(new Enrolments(0, 0).activationRate()).isNull();
        assertThat(new Enrolments(3, 2).activationRate()).isEqualTo(new BigDecimal("0.6667"));
    }

    @Test
    void aReferrerEarnsTheRewardOfEachServiceTheyBroughtIn() {
        Figures f = new Figures(Map.of(), Map.of(), Map.of(), zero(), zero(), Map.of(),
                Map.of("S001", Map.of(Channel.CORPORATE_NETBANK, 1L, Channel.NETBANK, 2L, Channel.MOBILE, 3L)), PushFunnel.NONE);
        Map<Channel, BigDecimal> rewards = Map.of(Channel.CORPORATE_NETBANK, new BigDecimal("200.00"), Channel.NETBANK,
                new BigDecimal("30.00"), Channel.MOBILE, new BigDecimal("20.00"));

        assertThat(f.incentive("S001", rewards)).isEqualTo(new BigDecimal("320.00"));
        assertThat(f.incentive("S999", rewards)).isEqualTo(new BigDecimal("0.00"));
    }

    private static Figures transactions(Map<Channel, Tally> byChannel) {
        return new Figures(Map.of(), byChannel, Map.of(), zero(), zero(), Map.of(), Map.of(), PushFunnel.NONE);
    }

    private static Tally tally(long count, String amount) {
        return new Tally(count, new BigDecimal(amount));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
