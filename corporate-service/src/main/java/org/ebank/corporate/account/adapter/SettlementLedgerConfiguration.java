package org.ebank.corporate.account.adapter;

import org.ebank.corporate.account.application.SettlementLedger;
import org.ebank.platform.ledger.ServiceToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** The ledger at {@code ebank.account.url}, as this service's SERVICE account ({@code ebank.account.client-id}). */
@Configuration(proxyBeanMethods = false)
class SettlementLedgerConfiguration {

    @Bean
    SettlementLedger settlementLedger(WebClient.Builder builder, @Value("${ebank.account.url}") String accountService,
                                      @Value("${ebank.account.client-id}") String clientId,
                                      @Value("${ebank.account.client-secret}") String secret) {
        WebClient http = builder.baseUrl(accountService).build();
        return new HttpSettlementLedger(http, new ServiceToken(http, clientId, secret));
    }
}
