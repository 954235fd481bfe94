package org.ebank.wealth.holding;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Pays matured holdings every morning just after midnight (Asia/Shanghai; {@code ebank.wealth.maturity-cron=-} turns it
 * off), and finishes half-done purchases and redemptions every few seconds.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WealthJobs {

    private static final Logger log = LoggerFactory.getLogger(WealthJobs.class);

    private final MatureHoldings matureHoldings;
    private final RecoverRedemptions redemptions;
    private final org.ebank.wealth.order.RecoverPurchases purchases;
    private final Clock clock;

    WealthJobs(MatureHoldings matureHoldings, RecoverRedemptions redemptions, org.ebank.wealth.order.RecoverPurchases purchases,
                Clock clock) {
        this.matureHoldings = matureHoldings;
        this.redemptions = redemptions;
        this.purchases = purchases;
        this.clock = clock;
    }

    /** Purchases and redemptions a crash or a lost ledger answer left half done are finished, each once. */
    @Scheduled(fixedDelayString = "${ebank.wealth.recovery-interval:10s}", initialDelayString = "${ebank.wealth.recovery-interval:10s}")
    void finishHalfDone() {
        Long finished = purchases.recover().block();
        Long redeemed = redemptions.recover().block();
        if ((finished != null && finished > 0) || (redeemed != null && redeemed > 0)) {
            log.info("recovery finished {} purchases and {} redemptions", finished, redeemed);
        }
    }

    @Scheduled(cron = "${ebank.wealth.maturity-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    void payMatured() {
        Long paid = matureHoldings.matureUpTo(LocalDate.now(clock)).block();
        log.info("paid {} matured holdings", paid);
    }
}
