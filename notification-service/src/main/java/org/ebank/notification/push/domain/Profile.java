package org.ebank.notification.push.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.ebank.contracts.value.CardProduct;

/**
 * What the recommender knows of a customer, all of it from events: the 30-day average current balance (idle
 * money), the share of transactions made 17:00-24:00, card products (金晖卡 seniors, 乡情卡 workers, 易汇通卡
 * merchants), age, the risk level while its assessment is valid, holdings, preferences, and the pushes of the last 30 days.
 */
public record Profile(String customerId, BigDecimal idleBalance, BigDecimal eveningShare, Set<CardProduct> cardProducts, Integer age,
                      Integer riskLevel, Instant riskValidUntil, Set<String> holdings, boolean marketingOptOut, DailyRange quietHours,
                      List<PastPush> recentPushes) {

    public boolean senior() {
        return age == null || age >= 65;
    }

    /** A push already sent or waiting to be sent, and when it was decided. */
    public record PastPush(String productCode, Instant decidedAt) {
    }
}
