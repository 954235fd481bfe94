package org.ebank.notification.push.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 智能推送: picks at most one wealth product for a customer, and at most one a day. Only products the customer may buy are candidates
 * (suitability, online channel, minimum purchase within the idle balance, not sold out, on sale now or within the
 * look-ahead, not held, not pushed within the cooldown); the best score wins, and the push waits for a time outside
 * the customer's quiet hours and, for a night-market product, inside its sales window.
 */
public final class Recommender {

    private final PushPolicy policy;
    private final ZoneId zone;

    public Recommender(PushPolicy policy, ZoneId zone) {
        this.policy = policy;
        this.zone = zone;
    }

    public Decision recommend(Profile p, List<Offer> offers, Instant now) {
        if (p.marketingOptOut()) {
            return new Decision.Skip(Decision.Why.OPTED_OUT);
        }
        if (p.riskLevel() == null || p.riskValidUntil() == null || !p.riskValidUntil().isAfter(now)) {
            return new Decision.Skip(Decision.Why.NO_VALID_ASSESSMENT);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (p.recentPushes().stream().anyMatch(push -> LocalDate.ofInstant(push.decidedAt(), zone).equals(today))) {
            // one decision a day: the day's round run again (after a crash, say) proposes nothing more
            return new Decision.Skip(Decision.Why.DECIDED_TODAY);
        }
        long lastWeek = p.recentPushes().stream().filter(push -> push.decidedAt().isAfter(now.minus(Duration.ofDays(7)))).count();
        if (lastWeek >= policy.maxPerWeek()) {
            return new Decision.Skip(Decision.Why.WEEKLY_LIMIT);
        }
        return offers.stream()
                .filter(o -> eligible(p, o, now))
                .flatMap(o -> sendTime(p, o, now).map(at -> candidate(p, o, at)).stream())
                .max(Comparator.comparingInt(Decision.Push::score).thenComparing(Decision.Push::productCode, Comparator.reverseOrder()))
                .<Decision>map(push -> push)
                .orElse(new Decision.Skip(Decision.Why.NO_SUITABLE_PRODUCT));
    }

    /** Whether the customer may buy it: the rules a push must never break. */
    public boolean eligible(Profile p, Offer o, Instant now) {
        return o.sellsOnline()
                && !o.soldOut()
                && o.riskLevel() <= p.riskLevel()
                && !(p.senior() && o.riskLevel() > policy.seniorMaxRisk())
                && o.minPurchase().compareTo(p.idleBalance()) <= 0
                && (o.salesEnd() == null || o.salesEnd().isAfter(now))
                && (o.salesStart() == null || !o.salesStart().isAfter(now.plus(policy.lookAhead())))
                && !p.holdings().contains(o.code())
                && p.recentPushes().stream().noneMatch(push -> push.productCode().equals(o.code())
                && push.decidedAt().isAfter(now.minus(policy.productCooldown())));
    }

    /**
     * The first moment from now, within the look-ahead, outside quiet hours and inside the product's window and sales
     * period. The allowed times are intervals that open either now or at one of a few boundaries (the end of quiet hours,
     * the opening of a window, the start of sales), so only those need trying.
     */
    Optional<Instant> sendTime(Profile p, Offer o, Instant now) {
        Instant last = now.plus(policy.lookAhead());
        List<Instant> candidates = new ArrayList<>(List.of(now));
        if (o.salesStart() != null) {
            candidates.add(o.salesStart());
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        for (long day = 0; day <= policy.lookAhead().toDays() + 1; day++) {
            candidates.add(today.plusDays(day).atTime(p.quietHours().to()).atZone(zone).toInstant());
            for (DailyRange window : o.windows()) {
                candidates.add(today.plusDays(day).atTime(window.from()).atZone(zone).toInstant());
            }
        }
        return candidates.stream().filter(t -> !t.isBefore(now) && !t.isAfter(last)).sorted()
                .filter(t -> allowed(p, o, t)).findFirst();
    }

    private boolean allowed(Profile p, Offer o, Instant t) {
        LocalTime local = t.atZone(zone).toLocalTime();
        boolean onSale = (o.salesStart() == null || !o.salesStart().isAfter(t)) && (o.salesEnd() == null || o.salesEnd().isAfter(t))
                && (o.windows().isEmpty() || o.windows().stream().anyMatch(w -> w.contains(local)));
        return onSale && !p.quietHours().contains(local);
    }

    private Decision.Push candidate(Profile p, Offer o, Instant at) {
        Score score = Score.of(p, o, policy);
        return new Decision.Push(o.code(), o.name(), score.points(), score.reason(o.name()), score.reasonEn(o.name()), at);
    }
}
