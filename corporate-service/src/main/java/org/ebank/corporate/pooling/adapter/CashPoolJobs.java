package org.ebank.corporate.pooling.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.corporate.pooling.application.SweepCashPools;
import org.ebank.platform.jobs.DailyJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The day's sweeps at 17:00 Asia/Shanghai on business days ({@code ebank.corporate.sweep-cron}; {@code -} turns it off),
 * once per day however many instances run: a day no instance swept, or that a kill cut short, is swept at the next check.
 */
@Component
class CashPoolJobs {

    private static final Logger log = LoggerFactory.getLogger(CashPoolJobs.class);

    private final SweepCashPools sweep;
    private final DailyJobs daily;
    private final String cron;

    CashPoolJobs(SweepCashPools sweep, DailyJobs daily, @Value("${ebank.corporate.sweep-cron:0 0 17 * * MON-FRI}") String cron) {
        this.sweep = sweep;
        this.daily = daily;
        this.cron = DailyJobs.cron(cron);
    }

    @Scheduled(fixedDelayString = DailyJobs.CHECK_EVERY, initialDelayString = DailyJobs.CHECK_EVERY)
    @SchedulerLock(name = "cash-pool-sweeps", lockAtMostFor = DailyJobs.LOCK_AT_MOST_FOR)
    void endOfDay() {
        daily.runIfDue("cash-pool-sweeps", cron, day -> sweep.sweep(day).doOnNext(swept -> log.info("cash pools: {} accounts swept", swept)));
    }
}
