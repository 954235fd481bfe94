package org.ebank.account.enrolment.adapter;

import org.ebank.account.enrolment.domain.ChallengePolicy;
import org.ebank.account.enrolment.domain.LoginGuard;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProperties.class)
class EnrolmentConfiguration {

    @Bean
    LoginGuard loginGuard(LoginProperties properties) {
        return new LoginGuard(properties.maxAttempts(), properties.lockFor());
    }

    @Bean
    ChallengePolicy challengePolicy(LoginProperties properties) {
        return new ChallengePolicy(properties.codeLifetime(), properties.codeTries(), properties.codesPerHour());
    }
}
