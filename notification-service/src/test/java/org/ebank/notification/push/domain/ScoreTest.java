package org.ebank.notification.push.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.value.CardProduct;
import org.junit.jupiter.api.Test;

class ScoreTest {

    private static final Instant NOW = Instant.parse("2026-11-30T04:00:00Z");

    @Test
    void aMerchantsLiquidNightMarketProductAtTheirRiskLevelEarnsEveryMerit() {
        Score score = Score.of(customer(3, "0.55", 40, CardProduct.YIHUITONG), offer(3, null, true, "0.0310"), PushPolicy.defaults());

        assertThat(score.parts()).extracting(Score.Part::points).containsExactly(5, 20, 25, 15, 6);
        assertThat(score.points()).isEqualTo(71);
    }

    @Test
    void aRiskBelowTheCustomersLevelEarnsLessAndAnEveningShareBelowThePolicyNothing() {
        Score oneBelow = Score.of(customer(3, "0.39", 40, CardProduct.STANDARD), offer(2, 90, true, "0"), PushPolicy.defaults());
        Score twoBelow = Score.of(customer(3, "0.39", 40, CardProduct.STANDARD), offer(1, 90, false, "0"), PushPolicy.defaults());

        assertThat(oneBelow.parts()).extracting(Score.Part::points).containsExactly(5, 10);
        assertThat(twoBelow.parts()).extracting(Score.Part::points).containsExactly(5, 0);
    }

    @Test
    void aSeniorGetsThePointForLowRiskAndOnlyAMerchantForLiquidity() {
        Score senior = Score.of(customer(2, null, 70, CardProduct.JINHUI), offer(2, null, false, "0.0200"), PushPolicy.defaults());

        assertThat(senior.parts()).extracting(Score.Part::points).containsExactly(5, 20, 10, 4);
        assertThat(senior.parts()).extracting(Score.Part::en).noneMatch(reason -> reason.contains("redeemed any time"));
    }

    @Test
    void theReasonIsTheBalanceThenTheTwoStrongestMerits() {
        Score score = Score.of(customer(3, "0.55", 40, CardProduct.YIHUITONG), offer(3, null, true, "0.0310"), PushPolicy.defaults());

        assertThat(score.reason("日日升")).isEqualTo("您的活期余额近30天平均5.3万元，您常在晚间办理业务，这款夜市理财晚上也能买，"
                + "产品风险等级R3在您的风险承受能力C3之内。推荐您了解「日日升」。");
        assertThat(score.reasonEn("Daily Gain")).isEqualTo("We suggest Daily Gain: your current balance averaged CNY 52500 over 30 days; "
                + "you often bank in the evening, when this night-market product is on sale; its risk R3 is within your level C3.");
    }

    private static Profile customer(int riskLevel, String eveningShare, int age, CardProduct card) {
        return new Profile("cus-1", new BigDecimal("52500.00"), eveningShare == null ? null : new BigDecimal(eveningShare),
                Set.of(card), age, riskLevel, NOW.plusSeconds(86_400), Set.of(), false, null, List.of());
    }

    private static Offer offer(int riskLevel, Integer termDays, boolean nightMarket, String expectedYield) {
        return new Offer("P1", "产品", riskLevel, new BigDecimal("1000.00"), false, Set.of(), NOW, NOW.plusSeconds(86_400),
                List.of(), termDays, new BigDecimal(expectedYield), nightMarket);
    }
}
