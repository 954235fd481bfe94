package org.ebank.corporate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Corporate netbank (企业网银): enterprises and their settlement accounts, operators, approvals, payroll and pooling. */
@SpringBootApplication
public class CorporateServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CorporateServiceApplication.class, args);
    }
}
