package org.ebank.corporate;

import org.ebank.corporate.web.CorporateProblems;
import org.ebank.platform.docs.ProblemCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CorporateConfiguration {

    @Bean
    ProblemCatalog corporateProblems() {
        return CorporateProblems.catalog();
    }
}
