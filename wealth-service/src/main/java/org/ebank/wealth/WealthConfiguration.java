package org.ebank.wealth;

import org.ebank.platform.docs.ProblemCatalog;
import org.ebank.wealth.suitability.domain.Suitability;
import org.ebank.wealth.web.WealthProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The suitability rule's settings; the recovery and maturity jobs run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WealthConfiguration {

    /** {@code ebank.suitability.senior-age} (65) and the highest risk a senior buys without confirming (R2). */
    @Bean
    Suitability suitability(@Value("${ebank.suitability.senior-age:65}") int seniorAge,
                            @Value("${ebank.suitability.senior-confirm-above:2}") int confirmAbove) {
        return new Suitability(seniorAge, confirmAbove);
    }

    @Bean
    ProblemCatalog wealthProblems() {
        return WealthProblems.catalog();
    }
}
