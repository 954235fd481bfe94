package org.ebank.insight.incentive.adapter;

import java.time.Clock;
import org.ebank.insight.incentive.application.IncentiveApprovals;
import org.ebank.insight.incentive.application.IncentiveFacts;
import org.ebank.insight.incentive.application.IncentiveLedger;
import org.ebank.insight.incentive.domain.IncentiveRules;
import org.ebank.insight.kpi.application.BranchKpis;
import org.ebank.platform.audit.Audit;
import org.ebank.platform.docs.ProblemCatalog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.reactive.TransactionalOperator;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncentiveProperties.class)
class IncentiveConfiguration {

    @Bean
    IncentiveLedger incentiveLedger(IncentiveFacts facts, IncentiveApprovals approvals, BranchKpis branches, IncentiveProperties properties,
                                    Audit audit, TransactionalOperator tx, Clock clock) {
        return new IncentiveLedger(facts, approvals, branches, IncentiveRules.of(properties.rewards(), properties.branchBonusRate()),
                properties.submissionDelay(), audit, tx, clock);
    }

    @Bean
    ProblemCatalog incentiveProblems() {
        return IncentiveProblems.catalog();
    }
}
