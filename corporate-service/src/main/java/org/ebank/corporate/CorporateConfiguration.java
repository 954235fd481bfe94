package org.ebank.corporate;

import org.ebank.corporate.web.CorporateProblems;
import org.ebank.platform.docs.ProblemCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The refusals the API documents; payments' housekeeping runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CorporateConfiguration {

    @Bean
    ProblemCatalog corporateProblems() {
        return CorporateProblems.catalog();
    }
}
