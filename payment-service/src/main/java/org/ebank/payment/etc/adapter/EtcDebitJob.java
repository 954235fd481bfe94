package org.ebank.payment.etc.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.payment.etc.application.DebitTolls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, the ETC debits that are due are attempted: refused ones a day on, and those whose answer was lost. */
@Component
class EtcDebitJob {

    private static final Logger log = LoggerFactory.getLogger(EtcDebitJob.class);

    private final DebitTolls debits;

    EtcDebitJob(DebitTolls debits) {
        this.debits = debits;
    }

    @Scheduled(fixedDelayString = "${ebank.etc.debit-interval:10s}", initialDelayString = "${ebank.etc.debit-interval:10s}")
    @SchedulerLock(name = "etc-debits")
    void attemptDue() {
        Long attempted = debits.attemptDue().block();
        if (attempted != null && attempted > 0) {
            log.info("{} ETC debits attempted", attempted);
        }
    }
}
