package org.ebank.transfer.clearing.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.transfer.clearing.application.ClearTransfers;
import org.ebank.transfer.clearing.application.Clearing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
class ClearingConfiguration {

    @Bean
    Clearing clearing(WebClient.Builder builder, @Value("${ebank.clearing.url:http://127.0.0.1:8089}") String url) {
        return new HttpClearing(builder.baseUrl(url).build());
    }

    /** Asks the clearing network about interbank transfers every few seconds. */
    @Component
    static class ClearingJob {

        private static final Logger log = LoggerFactory.getLogger(ClearingJob.class);
        private final ClearTransfers clearTransfers;

        ClearingJob(ClearTransfers clearTransfers) {
            this.clearTransfers = clearTransfers;
        }

        @Scheduled(fixedDelayString = "${ebank.clearing.poll-interval:5s}", initialDelayString = "${ebank.clearing.poll-interval:5s}")
        @SchedulerLock(name = "clearing-follow")
        void follow() {
            Long done = clearTransfers.follow().block();
            if (done != null && done > 0) {
                log.info("{} interbank transfers settled or returned", done);
            }
        }
    }
}
