package org.ebank.insight.incentive.adapter;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ebank.incentive}: the reward per activated referral by service, the bonus rate of a branch that reached its
 * target, and how long after a month's end it may be submitted (its last events may still be on their way).
 */
@ConfigurationProperties("ebank.incentive")
record IncentiveProperties(Map<Channel, BigDecimal> rewards, BigDecimal branchBonusRate, Duration submissionDelay) {
}
