package org.ebank.insight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The bank's reporting, apart from its messages: the e-banking KPIs, per branch and bank-wide, the league table, ATMs,
 * prospects, and the staff incentive ledger, all read from the event stream and rebuilt from it.
 */
@SpringBootApplication
@EnableScheduling
public class InsightServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(InsightServiceApplication.class, args);
    }
}
