package org.ebank.wealth;

import org.ebank.wealth.suitability.Suitability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WealthConfiguration {

    /** {@code ebank.suitability.senior-age} (65) and the highest risk a senior buys without confirming (R2). */
    @Bean
    Suitability suitability(@Value("${ebank.suitability.senior-age:65}") int seniorAge,
                            @Value("${ebank.suitability.senior-confirm-above:2}") int confirmAbove) {
        return new Suitability(seniorAge, confirmAbove);
    }
}
