package org.ebank.account;

import org.ebank.account.web.AccountProblems;
import org.ebank.platform.docs.ProblemCatalog;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Customers, e-banking identity and tokens, accounts, and the double-entry ledger. */
@SpringBootApplication
public class AccountServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccountServiceApplication.class, args);
    }

    @Bean
    ProblemCatalog accountProblems() {
        return AccountProblems.catalog();
    }
}
