package org.ebank.wealth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Wealth products: catalogue, night-market and netbank-exclusive sales, suitability, quotas, orders and holdings. */
@SpringBootApplication
public class WealthServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WealthServiceApplication.class, args);
    }
}
