package org.ebank.corporate.payment.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.corporate.payment.application.PaymentHousekeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, on one instance at a time: expired payments marked, approved ones a crash left posted. */
@Component
class PaymentJobs {

    private static final Logger log = LoggerFactory.getLogger(PaymentJobs.class);

    private final PaymentHousekeeping housekeeping;

    PaymentJobs(PaymentHousekeeping housekeeping) {
        this.housekeeping = housekeeping;
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
