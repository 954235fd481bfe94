package org.ebank.corporate.operator.adapter;

import java.time.Duration;
import org.ebank.corporate.operator.application.OperatorRepository;
import org.ebank.corporate.operator.application.OperatorTokens;
import org.ebank.corporate.operator.application.Passwords;
import org.ebank.corporate.operator.application.SecretBox;
import org.ebank.corporate.operator.domain.Totp;
import org.ebank.platform.ledger.ServiceToken;
import org.ebank.platform.security.TokenSessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The key that seals token secrets, the tokens' period, BCrypt, account-service's token issuer, and which operators'
 * sessions are current.
 */
@Configuration(proxyBeanMethods = false)
class OperatorConfiguration {

    @Bean
    SecretBox secretBox(@Value("${ebank.corporate.secret-key:}") String key) {
        return AesSecretBox.fromSetting(key);
    }

    /** The dynamic tokens' period: 30 s, other periods for tests only (see {@link Totp}). */
    @Bean
    Totp totp(@Value("${ebank.corporate.token-period:30s}") Duration period) {
        return Totp.of(period);
    }

    @Bean
    Passwords passwords() {
        return new BcryptPasswords();
    }

    /**
     * An operator's token serves while the operator is active in the generation it was issued in: once they are started
     * over (a lost phone, a stolen session), every token issued before is refused at once, not when it expires.
     */
    @Bean
    TokenSessions operatorSessions(OperatorRepository operators) {
        return TokenSessions.ofOperators((operator, enterprise, generation) -> operators.generation(operator, enterprise)
                .map(current -> current == generation).defaultIfEmpty(false));
    }

    @Bean
    OperatorTokens operatorTokens(WebClient.Builder builder, @Value("${ebank.account.url}") String accountService,
                                  @Value("${ebank.account.client-id}") String clientId,
                                  @Value("${ebank.account.client-secret}") String secret) {
        WebClient http = builder.baseUrl(accountService).build();
        return new HttpOperatorTokens(http, new ServiceToken(http, clientId, secret));
    }
}
