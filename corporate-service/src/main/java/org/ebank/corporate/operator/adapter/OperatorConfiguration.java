package org.ebank.corporate.operator.adapter;

import org.ebank.corporate.operator.application.OperatorTokens;
import org.ebank.corporate.operator.application.Passwords;
import org.ebank.corporate.operator.application.SecretBox;
import org.ebank.platform.ledger.ServiceToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** The key that seals token secrets, BCrypt, and account-service's token issuer. */
@Configuration(proxyBeanMethods = false)
class OperatorConfiguration {

    @Bean
    SecretBox secretBox(@Value("${ebank.corporate.secret-key:}") String key) {
        return AesSecretBox.fromSetting(key);
    }

    @Bean
    Passwords passwords() {
        return new BcryptPasswords();
    }

    @Bean
    OperatorTokens operatorTokens(WebClient.Builder builder, @Value("${ebank.account.url}") String accountService,
                                  @Value("${ebank.account.client-id}") String clientId,
                                  @Value("${ebank.account.client-secret}") String secret) {
        WebClient http = builder.baseUrl(accountService).build();
        return new HttpOperatorTokens(http, new ServiceToken(http, clientId, secret));
    }
}
