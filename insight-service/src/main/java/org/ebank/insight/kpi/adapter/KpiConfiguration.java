package org.ebank.insight.kpi.adapter;

import java.time.Clock;
import org.ebank.insight.kpi.application.AtmDevices;
import org.ebank.insight.kpi.application.BranchFacts;
import org.ebank.insight.kpi.application.BranchKpis;
import org.ebank.insight.kpi.application.KpiFigures;
import org.ebank.insight.kpi.application.KpiReport;
import org.ebank.insight.kpi.application.ReconcileFeeIncome;
import org.ebank.platform.db.Listening;
import org.ebank.platform.ledger.ServiceToken;
import org.ebank.platform.security.LocalDefaults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KpiProperties.class)
class KpiConfiguration {

    @Bean
    KpiReport kpiReport(KpiFigures figures, KpiProperties properties, Clock clock) {
        return new KpiReport(figures, properties.targets(), clock);
    }

    @Bean
    AtmDevices atmDevices(BranchFacts facts, Clock clock) {
        return new AtmDevices(facts, clock);
    }

    @Bean
    BranchKpis branchKpis(BranchFacts facts, KpiProperties properties, Clock clock) {
        return new BranchKpis(facts, properties.branchTargets(), clock);
    }

    @Bean
    ReconcileFeeIncome reconcileFeeIncome(KpiReport report, WebClient.Builder builder, KpiProperties properties,
                                          @Value("${ebank.account.url}") String accountService, Clock clock,
                                          Environment environment) {
        LocalDefaults.refuseOutsideLocal(environment, "ebank.kpi.ledger-client-secret", properties.ledgerClientSecret()::equals);
        WebClient http = builder.baseUrl(accountService).build();
        var ledger = new HttpLedgerMovements(http, new ServiceToken(http, properties.ledgerClientId(), properties.ledgerClientSecret()));
        return new ReconcileFeeIncome(report, ledger, clock);
    }

    /** Every instance starts its partitions over when a rebuild commits, whichever instance was asked. */
    @Bean
    Listening kpiRebuildListening(DatabaseClient db, KpiRebuild rebuild) {
        return new Listening(db.getConnectionFactory(), "kpi_rebuild", rebuild::follow);
    }
}
