package org.ebank.transfer.transfer.adapter;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.contracts.value.Money;
import org.ebank.transfer.transfer.application.RecoverTransfers;
import org.ebank.transfer.transfer.application.TransferPolicy;
import org.ebank.transfer.transfer.domain.Limits;
import org.ebank.transfer.transfer.domain.StepUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(TransferConfiguration.TransferProperties.class)
class TransferConfiguration {

    @Bean
    TransferPolicy transferPolicy(TransferProperties p) {
        Map<String, Limits.ChannelLimit> limits = p.limits().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Limits.ChannelLimit(new Money(e.getValue().single()), new Money(e.getValue().daily()))));
        return new TransferPolicy(p.bankCode(), p.quoteLifetime(), new Limits(limits),
                new StepUp(new Money(p.otpAbove()), p.otpLifetime(), p.otpTries()));
    }

    /** {@code ebank.transfers.*} */
    @ConfigurationProperties("ebank.transfers")
    record TransferProperties(@DefaultValue("EBANK") String bankCode, @DefaultValue("10m") Duration quoteLifetime,
                              @DefaultValue("5000.00") BigDecimal otpAbove, @DefaultValue("5m") Duration otpLifetime,
                              @DefaultValue("3") int otpTries, Map<String, Limit> limits) {
    }

    record Limit(BigDecimal single, BigDecimal daily) {
    }

    /** Every few seconds, transfers a crash left half done are finished. */
    @Component
    static class RecoveryJob {

        private static final Logger log = LoggerFactory.getLogger(RecoveryJob.class);
        private final RecoverTransfers transfers;

        RecoveryJob(RecoverTransfers transfers) {
            this.transfers = transfers;
        }

        @Scheduled(fixedDelayString = "${ebank.transfers.recovery-interval:10s}", initialDelayString = "${ebank.transfers.recovery-interval:10s}")
        @SchedulerLock(name = "transfer-recovery")
        void run() {
            Long finished = transfers.recover().block();
            if (finished != null && finished > 0) {
                log.info("finished {} transfers left pending", finished);
            }
        }
    }
}
