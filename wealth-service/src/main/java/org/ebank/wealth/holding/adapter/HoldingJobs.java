package org.ebank.wealth.holding.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.platform.jobs.DailyJobs;
import org.ebank.wealth.holding.application.MatureHoldings;
import org.ebank.wealth.holding.application.RecoverRedemptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pays matured holdings every morning just after midnight (Asia/Shanghai; {@code ebank.wealth.maturity-cron=-} turns it
 * off), and finishes half-done redemptions every few seconds.
 */
@Component
class HoldingJobs {

    private static final Logger log = LoggerFactory.getLogger(HoldingJobs.class);

    private final MatureHoldings matureHoldings;
    private final RecoverRedemptions redemptions;
    private final DailyJobs daily;
    private final String maturityCron;

    HoldingJobs(MatureHoldings matureHoldings, RecoverRedemptions redemptions, DailyJobs daily,
                @Value("${ebank.wealth.maturity-cron:0 10 0 * * *}") String maturityCron) {
        this.matureHoldings = matureHoldings;
        this.redemptions = redemptions;
        this.daily = daily;
        this.maturityCron = DailyJobs.cron(maturityCron);
    }

    /** Redemptions a crash or a lost ledger answer left half done are finished, each once. */
    @Scheduled(fixedDelayString = "${ebank.wealth.recovery-interval:10s}", initialDelayString = "${ebank.wealth.recovery-interval:10s}")
    @SchedulerLock(name = "holding-recovery")
    void finishHalfDone() {
        Long redeemed = redemptions.recover().block();
        if (redeemed != null && redeemed > 0) {
            log.info("recovery finished {} redemptions", redeemed);
        }
    }

    /** A morning's payouts that no instance made, or that a kill cut short, are made at the next check. */
    @Scheduled(fixedDelayString = DailyJobs.CHECK_EVERY, initialDelayString = DailyJobs.CHECK_EVERY)
    @SchedulerLock(name = "holding-maturity", lockAtMostFor = DailyJobs.LOCK_AT_MOST_FOR)
    void payMatured() {
        daily.runIfDue("holding-maturity", maturityCron, day -> matureHoldings.matureUpTo(day)
                .doOnNext(paid -> log.info("paid {} matured holdings", paid)));
    }
}
