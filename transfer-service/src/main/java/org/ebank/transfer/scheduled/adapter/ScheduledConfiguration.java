package org.ebank.transfer.scheduled.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.transfer.scheduled.application.RunScheduledTransfers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduledSettings.class)
class ScheduledConfiguration {

    /**
     * Looks for due scheduled transfers every {@code ebank.scheduled.poll-interval} (30 s), the first time one interval
     * after start. A long interval ({@code 1h}) keeps it quiet in tests; Spring takes {@code -} for a cron only.
     */
    @Component
    static class ScheduledJob {

        private static final Logger log = LoggerFactory.getLogger(ScheduledJob.class);
        private final RunScheduledTransfers runner;

        ScheduledJob(RunScheduledTransfers runner) {
            this.runner = runner;
        }

        @Scheduled(fixedDelayString = "${ebank.scheduled.poll-interval:30s}", initialDelayString = "${ebank.scheduled.poll-interval:30s}")
        @SchedulerLock(name = "scheduled-transfers")
        void runDue() {
            Long ran = runner.runDue().block();
            if (ran != null && ran > 0) {
                log.info("ran {} scheduled transfers", ran);
            }
        }
    }
}
