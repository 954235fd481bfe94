package org.ebank.payment.etc.adapter;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.ebank.contracts.value.CardProduct;
import org.ebank.payment.etc.domain.DebitRetries;
import org.ebank.payment.etc.domain.EtcTariff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ETC tariff and retries ({@code ebank.etc.*}); the defaults are the bank's (通行费9.5折, retried daily for 3 days). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EtcConfiguration.EtcProperties.class)
class EtcConfiguration {

    @Bean
    EtcTariff etcTariff(EtcProperties properties) {
        return new EtcTariff(properties.discountRate(), properties.discountedProducts());
    }

    @Bean
    TollOperators tollOperators(EtcProperties properties) {
        return new TollOperators(properties.tollOperators());
    }

    @Bean
    DebitRetries etcDebitRetries(EtcProperties properties) {
        return new DebitRetries(properties.retries(), properties.retryAfter(), properties.noAnswerRetryAfter());
    }

    /**
     * {@code discountRate}: what the {@code discountedProducts} pay of a toll; {@code retries}: how many more times a debit
     * the card cannot pay is tried, each {@code retryAfter} the last; one whose answer did not come is asked again
     * {@code noAnswerRetryAfter} later; {@code tollOperators}: the partners' system accounts that send toll statements.
     */
    @ConfigurationProperties("ebank.etc")
    record EtcProperties(@DefaultValue("0.95") BigDecimal discountRate,
                         @DefaultValue({"YIHUITONG", "XIANGQING"}) Set<CardProduct> discountedProducts,
                         @DefaultValue("3") int retries, @DefaultValue("1d") Duration retryAfter,
                         @DefaultValue("1m") Duration noAnswerRetryAfter, @DefaultValue("etc-operator") Set<String> tollOperators) {
    }
}
