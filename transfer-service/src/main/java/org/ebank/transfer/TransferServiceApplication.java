package org.ebank.transfer;

import org.ebank.platform.docs.ProblemCatalog;
import org.ebank.transfer.transfer.adapter.TransferProblems;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Transfers and fees: quotes, the bank's tariff and card fee waivers, limits, OTP, scheduled and interbank transfers. */
@SpringBootApplication
public class TransferServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TransferServiceApplication.class, args);
    }

    @Bean
    ProblemCatalog transferProblems() {
        return TransferProblems.catalog();
    }
}
