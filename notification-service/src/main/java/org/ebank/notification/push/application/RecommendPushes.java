package org.ebank.notification.push.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.ebank.notification.message.application.MessageRepository;
import org.ebank.notification.message.domain.Preferences;
import org.ebank.notification.push.domain.DailyRange;
import org.ebank.notification.push.domain.Decision;
import org.ebank.notification.push.domain.IdleBalance;
import org.ebank.notification.push.domain.Offer;
import org.ebank.notification.push.domain.Profile;
import org.ebank.notification.push.domain.Recommender;
import reactor.core.publisher.Mono;

/**
 * Decides the pushes: for every customer with a valid risk assessment, builds the profile from the facts and asks the
 * recommender; a push decided is kept as pending until its time comes ({@link SendDuePushes}).
 */
public class RecommendPushes {

    static final int PROFILE_DAYS = 30;

    private final ProfileStore store;
    private final PushLog log;
    private final MessageRepository messages;
    private final Recommender recommender;
    private final Clock clock;

    public RecommendPushes(ProfileStore store, PushLog log, MessageRepository messages, Recommender recommender, Clock clock) {
        this.store = store;
        this.log = log;
        this.messages = messages;
        this.recommender = recommender;
        this.clock = clock;
    }

    /**
     * The round of {@code day} (the daily job's business day), unless that day is past: its pushes would be stale, and
     * today's round comes. A round run again decides nothing twice (one push per customer a day).
     */
    public Mono<Long> run(LocalDate day) {
        return day.equals(LocalDate.now(clock)) ? run() : Mono.just(0L);
    }

    /** The number of pushes decided. */
    public Mono<Long> run() {
        Instant now = clock.instant();
        return store.offers().collectList().flatMap(offers -> store.assessedCustomers(now)
                .concatMap(customer -> log.exclusively(customer, decide(customer, offers, now)))
                .count());
    }

    private Mono<Boolean> decide(String customerId, List<Offer> offers, Instant now) {
        return profile(customerId, now).flatMap(profile -> {
            Decision decision = recommender.recommend(profile, offers, now);
            if (decision instanceof Decision.Push push) {
                return log.decided(pushId(customerId, push.productCode(), now), customerId, push, now).thenReturn(true);
            }
            return Mono.empty();
        });
    }

    Mono<Profile> profile(String customerId, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return Mono.zip(store.facts(customerId, today.minusDays(PROFILE_DAYS - 1L)), messages.preferences(customerId),
                        log.recent(customerId, now.minus(Duration.ofDays(PROFILE_DAYS))))
                .map(t -> profile(customerId, t.getT1(), t.getT2(), t.getT3(), today));
    }

    private static Profile profile(String customerId, ProfileStore.Facts f, Preferences preferences, List<Profile.PastPush> pushes,
                                   LocalDate today) {
        BigDecimal evening = f.transactions() == 0 ? null
                : BigDecimal.valueOf(f.eveningTransactions()).divide(BigDecimal.valueOf(f.transactions()), 4, RoundingMode.HALF_UP);
        Integer age = f.birthDate() == null ? null : Period.between(f.birthDate(), today).getYears();
        return new Profile(customerId, IdleBalance.average(f.closings(), today, PROFILE_DAYS), evening, f.cardProducts(), age,
                f.riskLevel(), f.riskValidUntil(), f.holdings(), preferences.marketingOptOut(),
                new DailyRange(preferences.quietStart(), preferences.quietEnd()), pushes);
    }

    /** One id per customer, product and moment of decision: a retried run decides the same push, not a second one. */
    private static String pushId(String customerId, String productCode, Instant now) {
        return "push_" + UUID.nameUUIDFromBytes((customerId + "|" + productCode + "|" + now).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }
}
