package org.ebank.account.fees.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.account.fees.application.ChargePeriodicFees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the periodic fee batch at the end of each business day (Asia/Shanghai); {@code ebank.fees.cron=-} turns it off. */
@Component
class PeriodicFeesJob {

    private static final Logger log = LoggerFactory.getLogger(PeriodicFeesJob.class);

    private final ChargePeriodicFees chargePeriodicFees;

    PeriodicFeesJob(ChargePeriodicFees chargePeriodicFees) {
        this.chargePeriodicFees = chargePeriodicFees;
    }

    @Scheduled(cron = "${ebank.fees.cron:0 30 23 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "periodic-fees", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void endOfDay() {
        // a scheduler thread of its own: waiting here blocks no event loop
        chargePeriodicFees.runToday().doOnNext(runs -> log.info("periodic fees: {}", runs)).block();
    }
}
