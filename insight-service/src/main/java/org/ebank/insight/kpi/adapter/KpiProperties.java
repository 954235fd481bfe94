package org.ebank.insight.kpi.adapter;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.insight.kpi.domain.BranchTarget;
import org.ebank.insight.kpi.domain.Target;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ebank.kpi}: the staff incentive per enrolment by service, the period targets, the branches' targets, how often the Prometheus
 * gauges are refreshed, and the SERVICE account that reads the ledger for reconciliation. Defaults are in application.yml.
 */
@ConfigurationProperties("ebank.kpi")
record KpiProperties(Map<Channel, BigDecimal> referralRewards, List<Target> targets, List<BranchTarget> branchTargets,
                     Duration metricsRefresh, String ledgerClientId, String ledgerClientSecret) {

    KpiProperties {
        branchTargets = branchTargets == null ? List.of() : branchTargets;
    }
}
