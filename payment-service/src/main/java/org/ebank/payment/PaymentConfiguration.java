package org.ebank.payment;

import org.ebank.payment.web.PaymentProblems;
import org.ebank.platform.docs.ProblemCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The refusals the API documents; recovery of unfinished payments runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PaymentConfiguration {

    @Bean
    ProblemCatalog paymentProblems() {
        return PaymentProblems.catalog();
    }
}
