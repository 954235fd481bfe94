package org.ebank.wealth.order.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.wealth.order.application.RecoverPurchases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, purchases a crash or a lost ledger answer left half done are finished, each once. */
@Component
class PurchaseRecoveryJob {

    private static final Logger log = LoggerFactory.getLogger(PurchaseRecoveryJob.class);

    private final RecoverPurchases purchases;

    PurchaseRecoveryJob(RecoverPurchases purchases) {
        this.purchases = purchases;
    }

    @Scheduled(fixedDelayString = "${ebank.wealth.recovery-interval:10s}", initialDelayString = "${ebank.wealth.recovery-interval:10s}")
    @SchedulerLock(name = "purchase-recovery")
    void finishHalfDone() {
        Long finished = purchases.recover().block();
        if (finished != null && finished > 0) {
            log.info("recovery finished {} purchases", finished);
        }
    }
}
