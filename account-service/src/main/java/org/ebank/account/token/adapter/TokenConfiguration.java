package org.ebank.account.token.adapter;

import java.time.Clock;
import java.time.Duration;
import org.ebank.account.token.application.SystemAccountNames;
import org.ebank.account.token.application.TokenIssuer;
import org.ebank.platform.security.LocalDefaults;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenProperties.class)
class TokenConfiguration {

    @Bean
    TokenKeys tokenKeys(TokenProperties properties) {
        return TokenKeys.from(properties.privateKey());
    }

    @Bean
    TokenIssuer tokenIssuer(TokenKeys keys, TokenProperties properties, Clock clock) {
        return new JwtTokenIssuer(keys, properties.issuer(), properties.accessTokenLifetime(), clock);
    }

    /**
     * account-service checks its own tokens with its own key (not over HTTP), on the bank's clock, and refuses them from
     * the second they expire (no leeway: it issued them by this clock).
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(TokenKeys keys, TokenProperties properties, Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(keys.publicKey()).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(Duration.ZERO);
        expiry.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(properties.issuer())));
        return decoder::decode; // not Boot's NimbusReactiveJwtDecoder, whose check the platform sets to the wall clock
    }

    /** Compared in lower case, as staff codes are; "system" is the audit trail's name for scheduled jobs. */
    @Bean
    SystemAccountNames systemAccountNames(TokenProperties properties) {
        java.util.Set<String> names = new java.util.HashSet<>(java.util.Set.of("system"));
        properties.systemAccounts().forEach(account -> names.add(account.username().toLowerCase(java.util.Locale.ROOT)));
        return username -> names.contains(username.toLowerCase(java.util.Locale.ROOT));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Outside the local profile, no staff, channel-system or service account may keep a password of the local run. */
    @Bean
    SmartInitializingSingleton noLocalPasswordsElsewhere(TokenProperties properties, PasswordEncoder passwords, Environment environment) {
        return () -> properties.systemAccounts().forEach(account -> LocalDefaults.refuseOutsideLocal(environment,
                "system account " + account.username(), secret -> passwords.matches(secret, account.passwordHash())));
    }
}
