package org.ebank.payment.biller.adapter;

import java.time.Duration;
import java.util.List;
import org.ebank.payment.biller.application.BillerCatalogue;
import org.ebank.payment.biller.application.Billers;
import org.ebank.payment.biller.domain.Biller;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** The billers' gateway ({@code ebank.billers.url}) and the billers the bank collects for ({@code ebank.billers.catalogue}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillerConfiguration.BillerProperties.class)
class BillerConfiguration {

    @Bean
    Billers billers(WebClient.Builder builder, BillerProperties properties) {
        return new HttpBillers(builder.baseUrl(properties.url()).build(), properties.timeout());
    }

    @Bean
    BillerCatalogue billerCatalogue(BillerProperties properties) {
        return new BillerCatalogue(properties.catalogue());
    }

    /** {@code timeout}: how long a biller's answer is waited for before the payment is left to recovery. */
    @ConfigurationProperties("ebank.billers")
    record BillerProperties(String url, @DefaultValue("5s") Duration timeout, List<Biller> catalogue) {
    }
}
