package org.ebank.notification.push.adapter;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ebank.push}: the marketing limits (see PushPolicy), when pushes are decided ({@code recommend-cron}, Asia/Shanghai),
 * how often due pushes are sent, and how late a held push may still go out. Defaults are in application.yml.
 */
@ConfigurationProperties("ebank.push")
record PushProperties(int maxPerWeek, Duration productCooldown, Duration lookAhead, BigDecimal eveningActive, int seniorMaxRisk,
                      String recommendCron, Duration sendEvery, Duration staleAfter) {
}
