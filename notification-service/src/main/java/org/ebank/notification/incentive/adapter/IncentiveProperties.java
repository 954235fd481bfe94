package org.ebank.notification.incentive.adapter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.notification.incentive.domain.BranchTarget;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ebank.incentive}: the reward per activated referral by service, the branch bonus rate and the branches' targets. */
@ConfigurationProperties("ebank.incentive")
record IncentiveProperties(Map<Channel, BigDecimal> rewards, BigDecimal branchBonusRate, List<BranchTarget> branchTargets) {

    IncentiveProperties {
        branchTargets = branchTargets == null ? List.of() : branchTargets;
    }
}
