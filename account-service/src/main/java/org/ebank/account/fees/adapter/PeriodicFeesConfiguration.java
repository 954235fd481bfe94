package org.ebank.account.fees.adapter;

import java.math.BigDecimal;
import org.ebank.account.fees.domain.AccountFeeSchedule;
import org.ebank.contracts.value.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PeriodicFeesConfiguration.FeeTariff.class)
class PeriodicFeesConfiguration {

    @Bean
    AccountFeeSchedule accountFeeSchedule(FeeTariff tariff) {
        return new AccountFeeSchedule(new Money(tariff.annualFee()), new Money(tariff.smallAccountFee()),
                new Money(tariff.smallAccountThreshold()));
    }

    /** {@code ebank.fees.*}: the periodic account fees (CNY). */
    @ConfigurationProperties("ebank.fees")
    record FeeTariff(@DefaultValue("10.00") BigDecimal annualFee, @DefaultValue("3.00") BigDecimal smallAccountFee,
                     @DefaultValue("300.00") BigDecimal smallAccountThreshold) {
    }
}
