package org.ebank.corporate.payment.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.corporate.payment.application.ClearPayments;
import org.ebank.corporate.payment.application.Clearing;
import org.ebank.corporate.payment.application.PaymentHousekeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Every few seconds, on one instance at a time: expired payments marked, approved ones a crash left posted; and payments
 * to other banks followed through the clearing network.
 */
@Configuration(proxyBeanMethods = false)
class PaymentJobs {

    private static final Logger log = LoggerFactory.getLogger(PaymentJobs.class);

    private final PaymentHousekeeping housekeeping;
    private final ClearPayments clearPayments;

    PaymentJobs(PaymentHousekeeping housekeeping, ClearPayments clearPayments) {
        this.housekeeping = housekeeping;
        this.clearPayments = clearPayments;
    }

    @Bean
    static Clearing clearing(WebClient.Builder builder, @Value("${ebank.clearing.url:http://127.0.0.1:8089}") String url) {
        return new HttpClearing(builder.baseUrl(url).build());
    }

    @Scheduled(fixedDelayString = "${ebank.clearing.poll-interval:5s}", initialDelayString = "${ebank.clearing.poll-interval:5s}")
    @SchedulerLock(name = "corporate-clearing-follow")
    void followClearing() {
        Long done = clearPayments.follow().block();
        if (done != null && done > 0) {
            log.info("{} corporate payments to other banks settled or returned", done);
        }
    }

    @Scheduled(fixedDelayString = "${ebank.corporate.housekeeping-interval:10s}", initialDelayString = "${ebank.corporate.housekeeping-interval:10s}")
    @SchedulerLock(name = "corporate-payment-housekeeping")
    void run() {
        Long expired = housekeeping.expire().block();
        Long recovered = housekeeping.recover().block();
        if ((expired != null && expired > 0) || (recovered != null && recovered > 0)) {
            log.info("corporate payments: {} expired, {} approved ones posted", expired, recovered);
        }
    }
}
