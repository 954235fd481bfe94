package org.ebank.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.notification.push.domain.DailyRange;
import org.ebank.notification.push.domain.Decision;
import org.ebank.notification.push.domain.Offer;
import org.ebank.notification.push.domain.Profile;
import org.ebank.notification.push.domain.PushPolicy;
import org.ebank.notification.push.domain.Recommender;
import org.junit.jupiter.api.Test;

class RecommenderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOON = at(2026, 11, 27, 12, 0);
    private final Recommender recommender = new Recommender(PushPolicy.defaults(), SHANGHAI);

    @Test
    void anR4ProductIsNeverProposedToAC2CustomerEvenWhenItScoresBest() {
        Offer r4 = anOffer("R4-HIGH").risk(4).yield("0.0900").build();
        Offer r2 = anOffer("R2-LOW").risk(2).yield("0.0200").build();

        Decision decision = recommender.recommend(aCustomer().risk(2).build(), List.of(r4, r2), NOON);

        assertThat(decision).isInstanceOfSatisfying(Decision.Push.class, push -> assertThat(push.productCode()).isEqualTo("R2-LOW"));
        assertThat(recommender.recommend(aCustomer().risk(2).build(), List.of(r4), NOON))
                .isEqualTo(new Decision.Skip(Decision.Why.NO_SUITABLE_PRODUCT));
    }

    @Test
    void aSecondPushTheSameDayIsNeverProposed() {
        Profile pushedThisMorning = aCustomer().pushed("A", NOON.minus(Duration.ofHours(2))).build();
        assertThat(recommender.recommend(pushedThisMorning, List.of(anOffer("C").build()), NOON))
                .isEqualTo(new Decision.Skip(Decision.Why.DECIDED_TODAY));

        Profile pushedYesterday = aCustomer().pushed("A", NOON.minus(Duration.ofDays(1))).build();
        assertThat(recommender.recommend(pushedYesterday, List.of(anOffer("C").build()), NOON)).isInstanceOf(Decision.Push.class);
    }

    @Test
    void aThirdPushWithinSevenDaysIsNeverProposed() {
        Profile twice = aCustomer().pushed("A", NOON.minus(Duration.ofDays(6))).pushed("B", NOON.minus(Duration.ofDays(1))).build();
        assertThat(recommender.recommend(twice, List.of(anOffer("C").build()), NOON)).isEqualTo(new Decision.Skip(Decision.Why.WEEKLY_LIMIT));

        Profile longAgo = aCustomer().pushed("A", NOON.minus(Duration.ofDays(8))).pushed("B", NOON.minus(Duration.ofDays(1))).build();
        assertThat(recommender.recommend(longAgo, List.of(anOffer("C").build()), NOON)).isInstanceOf(Decision.Push.class);
    }

    @Test
    void anOptedOutCustomerGetsNothingAndNeitherDoesOneWithoutAValidAssessment() {
        assertThat(recommender.recommend(aCustomer().optedOut().build(), List.of(anOffer("A").build()), NOON))
                .isEqualTo(new Decision.Skip(Decision.Why.OPTED_OUT));
        assertThat(recommender.recommend(aCustomer().assessmentUntil(NOON.minusSeconds(1)).build(), List.of(anOffer("A").build()), NOON))
                .isEqualTo(new Decision.Skip(Decision.Why.NO_VALID_ASSESSMENT));
    }

    @Test
    void aProductIsNotPushedTwiceIn30DaysNorWhenHeldSoldOutOrAboveTheIdleBalance() {
        Offer a = anOffer("A").build();
        assertThat(recommender.recommend(aCustomer().pushed("A", NOON.minus(Duration.ofDays(29))).build(), List.of(a), NOON))
                .isInstanceOf(Decision.Skip.class);
        assertThat(recommender.recommend(aCustomer().pushed("A", NOON.minus(Duration.ofDays(31))).build(), List.of(a), NOON))
                .isInstanceOf(Decision.Push.class);
        assertThat(recommender.recommend(aCustomer().holds("A").build(), List.of(a), NOON)).isInstanceOf(Decision.Skip.class);
        assertThat(recommender.recommend(aCustomer().build(), List.of(anOffer("A").soldOut().build()), NOON)).isInstanceOf(Decision.Skip.class);
        assertThat(recommender.recommend(aCustomer().idle("999.99").build(), List.of(anOffer("A").min("1000.00").build()), NOON))
                .isInstanceOf(Decision.Skip.class);
    }

    @Test
    void everyPushCarriesItsReasonInPlainWords() {
        Decision.Push push = (Decision.Push) recommender.recommend(aCustomer().idle("86000.00").build(),
                List.of(anOffer("A").name("稳盈30天").build()), NOON);

        assertThat(push.reason()).startsWith("您的活期余额近30天平均8.6万元").endsWith("推荐您了解「稳盈30天」。");
        assertThat(push.reasonEn()).contains("CNY 86000");
    }

    @Test
    void anEveningCustomerIsOfferedTheNightMarketProductInsideItsWindowAndOutsideQuietHours() {
        Offer day = anOffer("DAY").yield("0.0300").build();
        Offer night = anOffer("NIGHT").nightMarket().yield("0.0280").build();

        Decision.Push push = (Decision.Push) recommender.recommend(aCustomer().evening("0.70").build(), List.of(day, night), NOON);

        assertThat(push.productCode()).isEqualTo("NIGHT");
        assertThat(push.reason()).contains("晚间");
        assertThat(push.sendAfter()).as("the window opens at 17:00").isEqualTo(at(2026, 11, 27, 17, 0));
        Decision.Push daytimeCustomer = (Decision.Push) recommender.recommend(aCustomer().evening("0.10").build(), List.of(day, night), NOON);
        assertThat(daytimeCustomer.productCode()).isEqualTo("DAY");
    }

    @Test
    void aPushDecidedAt23IsHeldUntilQuietHoursEndAt8() {
        Decision.Push push = (Decision.Push) recommender.recommend(aCustomer().build(), List.of(anOffer("A").build()),
                at(2026, 11, 27, 23, 0));

        assertThat(push.sendAfter()).isEqualTo(at(2026, 11, 28, 8, 0));
    }

    @Test
    void seniorsAreOfferedNothingAboveR2() {
        Offer r3 = anOffer("R3").risk(3).build();
        assertThat(recommender.recommend(aCustomer().risk(5).age(70).build(), List.of(r3), NOON)).isInstanceOf(Decision.Skip.class);
        assertThat(recommender.recommend(aCustomer().risk(5).age(40).build(), List.of(r3), NOON)).isInstanceOf(Decision.Push.class);
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(SHANGHAI).toInstant();
    }

    static CustomerBuilder aCustomer() {
        return new CustomerBuilder();
    }

    static OfferBuilder anOffer(String code) {
        return new OfferBuilder(code);
    }

    static final class CustomerBuilder {
        private String idle = "50000.00";
        private String evening = "0.20";
        private int risk = 3;
        private Instant until = NOON.plus(Duration.ofDays(100));
        private int age = 40;
        private boolean optOut;
        private final Set<String> holdings = new java.util.HashSet<>();
        private final List<Profile.PastPush> pushes = new ArrayList<>();

        CustomerBuilder idle(String amount) { idle = amount; return this; }
        CustomerBuilder evening(String share) { evening = share; return this; }
        CustomerBuilder risk(int level) { risk = level; return this; }
        CustomerBuilder assessmentUntil(Instant at) { until = at; return this; }
        CustomerBuilder age(int years) { age = years; return this; }
        CustomerBuilder optedOut() { optOut = true; return this; }
        CustomerBuilder holds(String code) { holdings.add(code); return this; }
        CustomerBuilder pushed(String code, Instant at) { pushes.add(new Profile.PastPush(code, at)); return this; }

        Profile build() {
            return new Profile("cus-1", new BigDecimal(idle), new BigDecimal(evening), Set.of(CardProduct.STANDARD), age, risk, until, holdings,
                    optOut, DailyRange.parse("22:00-08:00"), pushes);
        }
    }

    static final class OfferBuilder {
        private final String code;
        private String name = "理财产品";
        private int risk = 2;
        private String min = "10000.00";
        private boolean soldOut;
        private boolean nightMarket;
        private String yield = "0.0250";

        OfferBuilder(String code) { this.code = code; }
        OfferBuilder name(String n) { name = n; return this; }
        OfferBuilder risk(int level) { risk = level; return this; }
        OfferBuilder min(String amount) { min = amount; return this; }
        OfferBuilder soldOut() { soldOut = true; return this; }
        OfferBuilder nightMarket() { nightMarket = true; return this; }
        OfferBuilder yield(String y) { yield = y; return this; }

        Offer build() {
            return new Offer(code, name, risk, new BigDecimal(min), soldOut, Set.of(Channel.MOBILE, Channel.NETBANK), NOON.minus(Duration.ofDays(1)),
                    NOON.plus(Duration.ofDays(30)), nightMarket ? List.of(DailyRange.parse("17:00-09:00")) : List.of(), 30,
                    new BigDecimal(yield), nightMarket);
        }
    }
}
