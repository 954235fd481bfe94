package org.ebank.wealth.holding;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Pays matured holdings every morning just after midnight (Asia/Shanghai); {@code ebank.wealth.maturity-cron=-} turns it off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MaturityJob {

    private static final Logger log = LoggerFactory.getLogger(MaturityJob.class);

    private final MatureHoldings matureHoldings;
    private final Clock clock;

    MaturityJob(MatureHoldings matureHoldings, Clock clock) {
        this.matureHoldings = matureHoldings;
        this.clock = clock;
    }

    @Scheduled(cron = "${ebank.wealth.maturity-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    void payMatured() {
        Long paid = matureHoldings.matureUpTo(LocalDate.now(clock)).block();
        log.info("paid {} matured holdings", paid);
    }
}
