package org.ebank.account.star.adapter;

import java.math.BigDecimal;
import org.ebank.account.star.domain.StarRating;
import org.ebank.contracts.value.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StarLevelConfiguration.StarThresholds.class)
class StarLevelConfiguration {

    @Bean
    StarRating starRating(StarThresholds thresholds) {
        return new StarRating(new Money(thresholds.oneStar()), new Money(thresholds.twoStars()),
                new Money(thresholds.threeStars()));
    }

    /** {@code ebank.star-levels.*}: liquid assets (CNY) a 易汇通卡 needs for one, two and three stars. */
    @ConfigurationProperties("ebank.star-levels")
    record StarThresholds(@DefaultValue("50000.00") BigDecimal oneStar, @DefaultValue("200000.00") BigDecimal twoStars,
                          @DefaultValue("1000000.00") BigDecimal threeStars) {
    }
}
