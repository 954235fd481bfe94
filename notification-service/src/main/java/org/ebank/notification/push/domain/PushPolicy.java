package org.ebank.notification.push.domain;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The limits of marketing by push (defaults from configuration): at most {@code maxPerWeek} pushes in any 7 days, a
 * product not pushed to the same customer again within {@code productCooldown}, products on sale within
 * {@code lookAhead}, customers with at least {@code eveningActive} of their transactions 17:00-24:00 count as evening-active,
 * and seniors (65+) are offered nothing above {@code seniorMaxRisk}.
 */
public record PushPolicy(int maxPerWeek, Duration productCooldown, Duration lookAhead, BigDecimal eveningActive, int seniorMaxRisk) {

    public static PushPolicy defaults() {
        return new PushPolicy(2, Duration.ofDays(30), Duration.ofHours(24), new BigDecimal("0.40"), 2);
    }
}
