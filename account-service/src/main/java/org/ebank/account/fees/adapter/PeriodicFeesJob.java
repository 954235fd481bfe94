package org.ebank.account.fees.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.account.fees.application.ChargePeriodicFees;
import org.ebank.platform.jobs.DailyJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The periodic fee batch at the end of each business day ({@code ebank.fees.cron}, 23:30 Asia/Shanghai; {@code -} turns it
 * off). A day's batch that no instance ran, or that a kill cut short, runs at the next check and continues where it stopped.
 */
@Component
class PeriodicFeesJob {

    private static final Logger log = LoggerFactory.getLogger(PeriodicFeesJob.class);

    private final ChargePeriodicFees chargePeriodicFees;
    private final DailyJobs daily;
    private final String cron;

    PeriodicFeesJob(ChargePeriodicFees chargePeriodicFees, DailyJobs daily, @Value("${ebank.fees.cron:0 30 23 * * *}") String cron) {
        this.chargePeriodicFees = chargePeriodicFees;
        this.daily = daily;
        this.cron = DailyJobs.cron(cron);
    }

    @Scheduled(fixedDelayString = DailyJobs.CHECK_EVERY, initialDelayString = DailyJobs.CHECK_EVERY)
    @SchedulerLock(name = "periodic-fees", lockAtMostFor = DailyJobs.LOCK_AT_MOST_FOR)
    void endOfDay() {
        daily.runIfDue("periodic-fees", cron, day -> chargePeriodicFees.run(day).doOnNext(runs -> log.info("periodic fees: {}", runs)));
    }
}
