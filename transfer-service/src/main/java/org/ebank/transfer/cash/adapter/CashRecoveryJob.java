package org.ebank.transfer.cash.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.transfer.cash.application.RecoverCashOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, cash operations a crash left half done are finished (with the transfers' recovery interval). */
@Component
class CashRecoveryJob {

    private static final Logger log = LoggerFactory.getLogger(CashRecoveryJob.class);

    private final RecoverCashOperations cash;

    CashRecoveryJob(RecoverCashOperations cash) {
        this.cash = cash;
    }

    @Scheduled(fixedDelayString = "${ebank.transfers.recovery-interval:10s}", initialDelayString = "${ebank.transfers.recovery-interval:10s}")
    @SchedulerLock(name = "cash-recovery")
    void run() {
        Long finished = cash.recover().block();
        if (finished != null && finished > 0) {
            log.info("finished {} cash operations left pending", finished);
        }
    }
}
