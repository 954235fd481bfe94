package org.ebank.wealth.holding.adapter;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.wealth.holding.application.MatureHoldings;
import org.ebank.wealth.holding.application.RecoverRedemptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final Clock clock;

    HoldingJobs(MatureHoldings matureHoldings, RecoverRedemptions redemptions, Clock clock) {
        this.matureHoldings = matureHoldings;
        this.redemptions = redemptions;
        this.clock = clock;
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

    @Scheduled(cron = "${ebank.wealth.maturity-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "holding-maturity", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void payMatured() {
        Long paid = matureHoldings.matureUpTo(LocalDate.now(clock)).block();
        log.info("paid {} matured holdings", paid);
    }
}
