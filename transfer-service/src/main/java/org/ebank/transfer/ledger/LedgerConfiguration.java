package org.ebank.transfer.ledger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
class LedgerConfiguration {

    @Bean
    LedgerClient ledgerClient(WebClient.Builder builder, @Value("${ebank.account.url}") String accountService,
                              @Value("${ebank.account.client-id}") String clientId,
                              @Value("${ebank.account.client-secret}") String secret) {
        WebClient http = builder.baseUrl(accountService).build();
        return new LedgerClient(http, new ServiceToken(http, clientId, secret));
    }
}
