package org.ebank.corporate.payroll.adapter;

import org.ebank.corporate.payroll.application.PayeeNames;
import org.ebank.platform.ledger.ServiceToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** The ledger's name check at {@code ebank.account.url}, as this service's SERVICE account. */
@Configuration(proxyBeanMethods = false)
class PayrollConfiguration {

    @Bean
    PayeeNames payeeNames(WebClient.Builder builder, @Value("${ebank.account.url}") String accountService,
                          @Value("${ebank.account.client-id}") String clientId, @Value("${ebank.account.client-secret}") String secret) {
        WebClient http = builder.baseUrl(accountService).build();
        return new HttpPayeeNames(http, new ServiceToken(http, clientId, secret));
    }
}
