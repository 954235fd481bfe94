package org.ebank.wealth.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.wealth.suitability.domain.Questionnaire;
import org.ebank.wealth.suitability.domain.Suitability;
import org.ebank.wealth.suitability.domain.Suitability.Assessment;
import org.ebank.wealth.suitability.domain.Suitability.Refusal;
import org.junit.jupiter.api.Test;

class NightMarketAndSuitabilityTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Product NIGHT = new Product("NIGHT01", "夜市理财", 2, new BigDecimal("1000.00"), new BigDecimal("1000.00"),
            new BigDecimal("1000000.00"), BigDecimal.ZERO, Set.of(Channel.MOBILE, Channel.NETBANK), at(2026, 11, 1, 0, 0), at(2027, 12, 31, 0, 0),
            List.of(SalesWindow.parse("17:00-09:00")), 30, new BigDecimal("0.0320"), true);

    @Test
    void aNightMarketProductSellsFromFiveInTheEveningToNineTheNextMorning() {
        assertThat(NIGHT.onSale(at(2026, 11, 27, 16, 59), SHANGHAI)).isFalse();
        assertThat(NIGHT.nextOpenAt(at(2026, 11, 27, 16, 59), SHANGHAI)).contains(at(2026, 11, 27, 17, 0));
        assertThat(NIGHT.onSale(at(2026, 11, 27, 17, 0), SHANGHAI)).isTrue();
        assertThat(NIGHT.onSale(at(2026, 11, 28, 8, 59), SHANGHAI)).isTrue();
        assertThat(NIGHT.onSale(at(2026, 11, 28, 9, 0), SHANGHAI)).isFalse();
        assertThat(NIGHT.nextOpenAt(at(2026, 11, 28, 9, 0), SHANGHAI)).contains(at(2026, 11, 28, 17, 0));
    }

    @Test
    void noSaleAfterTheSalesPeriodAndAmountsFollowMinimumAndStep() {
        assertThat(NIGHT.onSale(at(2027, 12, 31, 20, 0), SHANGHAI)).isFalse();
        assertThat(NIGHT.nextOpenAt(at(2027, 12, 31, 20, 0), SHANGHAI)).isEqualTo(Optional.empty());
        assertThat(NIGHT.acceptsAmount(Money.of("999.99"))).isFalse();
        assertThat(NIGHT.acceptsAmount(Money.of("3000.00"))).isTrue();
        assertThat(NIGHT.acceptsAmount(Money.of("3500.00"))).isFalse();
    }

    @Test
    void theQuestionnaireScoresToFiveLevels() {
        assertThat(Questionnaire.level(Collections.nCopies(10, 1))).isEqualTo(1);
        assertThat(Questionnaire.level(List.of(2, 2, 2, 2, 2, 2, 2, 2, 1, 1))).isEqualTo(2);
        assertThat(Questionnaire.level(Collections.nCopies(10, 3))).isEqualTo(3);
        assertThat(Questionnaire.level(Collections.nCopies(10, 5))).isEqualTo(5);
        assertThatThrownBy(() -> Questionnaire.level(List.of(1, 2, 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Questionnaire.level(Collections.nCopies(10, 6))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suitabilityRefusesTooMuchRiskAnExpiredAssessmentAndAnUnconfirmedSenior() {
        Suitability rules = new Suitability(65, 2);
        Instant now = at(2026, 11, 27, 10, 0);
        LocalDate today = LocalDate.of(2026, 11, 27);
        Assessment c2 = new Assessment(2, now.plusSeconds(3600));
        Assessment c3 = new Assessment(3, now.plusSeconds(3600));
        LocalDate seventy = LocalDate.of(1956, 1, 1);
        LocalDate forty = LocalDate.of(1986, 1, 1);

        assertThat(rules.check(3, c2, forty, today, false, now)).contains(Refusal.RISK_TOO_HIGH);
        assertThat(rules.check(2, new Assessment(5, now), forty, today, false, now)).contains(Refusal.ASSESSMENT_EXPIRED);
        assertThat(rules.check(1, null, forty, today, false, now)).contains(Refusal.NO_ASSESSMENT);
        assertThat(rules.check(3, c3, seventy, today, false, now)).contains(Refusal.SENIOR_CONFIRMATION_REQUIRED);
        assertThat(rules.check(3, c3, seventy, today, true, now)).isEmpty();
        assertThat(rules.check(2, c3, seventy, today, false, now)).as("R2 needs no confirmation").isEmpty();
        assertThat(rules.check(3, c3, null, today, false, now)).as("an unknown age is treated as a senior's")
                .contains(Refusal.SENIOR_CONFIRMATION_REQUIRED);
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(SHANGHAI).toInstant();
    }
}
