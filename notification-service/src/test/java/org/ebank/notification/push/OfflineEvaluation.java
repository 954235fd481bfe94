package org.ebank.notification.push;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.notification.push.domain.DailyRange;
import org.ebank.notification.push.domain.Decision;
import org.ebank.notification.push.domain.IdleBalance;
import org.ebank.notification.push.domain.Offer;
import org.ebank.notification.push.domain.Profile;
import org.ebank.notification.push.domain.PushPolicy;
import org.ebank.notification.push.domain.Recommender;

/**
 * Offline evaluation of the smart-push recommender. A synthetic population with hidden preferences (true risk appetite,
 * evening habits, need for liquidity, appetite for yield) leaves 30 days of history (daily balances, transaction times);
 * the recommender sees only what the events would show and picks one product per customer; the baseline picks at random
 * among the same eligible products. Whether a customer buys depends on the hidden preferences alone, drawn once per
 * customer and product so both policies face the same dice. Same seed, same numbers.
 */
final class OfflineEvaluation {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = LocalDateTime.of(2026, 11, 27, 12, 0).atZone(SHANGHAI).toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String[] CARDS = {"STANDARD", "XIANGQING", "QINGNIAN", "JINHUI", "YIHUITONG"};

    private final long seed;
    private final Recommender recommender = new Recommender(PushPolicy.defaults(), SHANGHAI);
    private final List<Offer> offers = offers();

    OfflineEvaluation(long seed) {
        this.seed = seed;
    }

    Result run(int customers) {
        Random random = new Random(seed);
        Tally smart = new Tally();
        Tally baseline = new Tally();
        for (int i = 0; i < customers; i++) {
            Person person = Person.draw("c" + i, random);
            Profile profile = person.profile(random);
            List<Offer> eligible = offers.stream().filter(o -> recommender.eligible(profile, o, NOW)).toList();
            if (eligible.isEmpty()) {
                continue;
            }
            if (recommender.recommend(profile, offers, NOW) instanceof Decision.Push push) {
                smart.add(person, offer(push.productCode()), seed);
            }
            baseline.add(person, eligible.get(random.nextInt(eligible.size())), seed);
        }
        return new Result(customers, smart, baseline);
    }

    private Offer offer(String code) {
        return offers.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    record Result(int customers, Tally smart, Tally baseline) {

        BigDecimal lift() {
            return smart.expectedRate().divide(baseline.expectedRate(), 2, RoundingMode.HALF_UP);
        }

        @Override
        public String toString() {
            return "customers " + customers + "\n"
                    + "smart push:    " + smart + "\n"
                    + "random (same eligibility): " + baseline + "\n"
                    + "lift in expected conversion: " + lift() + "x";
        }
    }

    static final class Tally {
        long pushes;
        long purchases;
        double expected;

        void add(Person person, Offer offer, long seed) {
            double p = person.buyProbability(offer);
            pushes++;
            expected += p;
            if (new Random(seed ^ (person.id().hashCode() * 31L + offer.code().hashCode())).nextDouble() < p) {
                purchases++;
            }
        }

        BigDecimal rate() {
            return BigDecimal.valueOf(purchases).divide(BigDecimal.valueOf(Math.max(1, pushes)), 4, RoundingMode.HALF_UP);
        }

        BigDecimal expectedRate() {
            return BigDecimal.valueOf(expected / Math.max(1, pushes)).setScale(4, RoundingMode.HALF_UP);
        }

        @Override
        public String toString() {
            return pushes + " pushes, " + purchases + " purchases, conversion " + rate() + " (expected " + expectedRate() + ")";
        }
    }

    /** A synthetic customer: what the bank can observe, and what only the simulation knows. */
    record Person(String id, String card, int age, double idleYuan, int appetite, boolean evening, boolean needsLiquidity,
                  boolean seeksYield) {

        static Person draw(String id, Random r) {
            String card = CARDS[r.nextInt(CARDS.length)];
            int age = switch (card) {
                case "JINHUI" -> 60 + r.nextInt(21);
                case "QINGNIAN" -> 18 + r.nextInt(11);
                default -> 25 + r.nextInt(36);
            };
            double idle = Math.exp(8.5 + 2.0 * r.nextDouble() + (card.equals("YIHUITONG") ? 1.5 : 0));
            int appetite = Math.max(1, Math.min(5, (age >= 60 ? 2 : 3) + (int) Math.round(r.nextGaussian())));
            boolean evening = r.nextDouble() < (card.equals("XIANGQING") ? 0.7 : 0.3);
            boolean liquidity = r.nextDouble() < (card.equals("YIHUITONG") ? 0.8 : 0.2);
            return new Person(id, card, age, idle, appetite, evening, liquidity, r.nextDouble() < 0.5);
        }

        /** What the events would show: 30 days of closing balances and transaction times; an assessment near the appetite. */
        Profile profile(Random r) {
            List<IdleBalance.Closing> closings = new ArrayList<>();
            for (int d = 0; d < 30; d++) {
                double wobble = 1 + 0.2 * (r.nextDouble() - 0.5);
                closings.add(new IdleBalance.Closing("a-" + id, TODAY.minusDays(d),
                        BigDecimal.valueOf(idleYuan * wobble).setScale(2, RoundingMode.HALF_UP)));
            }
            int transactions = 20 + r.nextInt(40);
            int eveningOnes = 0;
            for (int t = 0; t < transactions; t++) {
                eveningOnes += r.nextDouble() < (evening ? 0.6 : 0.15) ? 1 : 0;
            }
            int assessed = Math.max(1, Math.min(5, appetite + (r.nextDouble() < 0.3 ? (r.nextBoolean() ? 1 : -1) : 0)));
            return new Profile(id, IdleBalance.average(closings, TODAY, 30),
                    BigDecimal.valueOf(eveningOnes).divide(BigDecimal.valueOf(transactions), 4, RoundingMode.HALF_UP), Set.of(CardProduct.valueOf(card)), age,
                    assessed, NOW.plus(Duration.ofDays(200)), Set.of(), false, DailyRange.parse("22:00-08:00"), List.of());
        }

        double buyProbability(Offer o) {
            if (o.minPurchase().doubleValue() > idleYuan) {
                return 0;
            }
            double p = 0.01;
            p += o.riskLevel() == appetite ? 0.10 : o.riskLevel() == appetite - 1 ? 0.04 : 0;
            p += o.nightMarket() && evening ? 0.10 : 0;
            p += o.dailyLiquidity() && needsLiquidity ? 0.08 : 0;
            p += seeksYield && o.expectedYield().doubleValue() >= 0.03 ? 0.05 : 0;
            return p;
        }
    }

    private static List<Offer> offers() {
        return List.of(
                offer("RRS", "日日升", 1, "1.00", null, "0.0200", false),
                offer("WY30", "稳盈30天", 2, "10000.00", 30, "0.0260", false),
                offer("NIGHT", "夜市理财", 2, "10000.00", 35, "0.0280", true),
                offer("AX60", "安心60天", 1, "50000.00", 60, "0.0240", false),
                offer("CZ90", "成长90天", 3, "10000.00", 90, "0.0350", false),
                offer("JQ180", "进取180天", 4, "50000.00", 180, "0.0500", false),
                offer("WYZX", "网银专属", 3, "20000.00", 91, "0.0320", false),
                offer("GD365", "高端365天", 5, "1000000.00", 365, "0.0600", false));
    }

    private static Offer offer(String code, String name, int risk, String min, Integer term, String yield, boolean night) {
        return new Offer(code, name, risk, new BigDecimal(min), false, Set.of(Channel.MOBILE, Channel.NETBANK), NOW.minus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(60)), night ? List.of(DailyRange.parse("17:00-09:00")) : List.of(), term, new BigDecimal(yield), night);
    }
}
