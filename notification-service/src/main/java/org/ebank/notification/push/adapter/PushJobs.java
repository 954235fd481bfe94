package org.ebank.notification.push.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.notification.push.application.RecommendPushes;
import org.ebank.notification.push.application.SendDuePushes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Decides pushes on the configured schedule and sends those that are due; both are safe with several instances. */
@Component
class PushJobs {

    private static final Logger log = LoggerFactory.getLogger(PushJobs.class);

    private final RecommendPushes recommend;
    private final SendDuePushes send;

    PushJobs(RecommendPushes recommend, SendDuePushes send) {
        this.recommend = recommend;
        this.send = send;
    }

    @Scheduled(cron = "${ebank.push.recommend-cron}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "push-recommend", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void recommend() {
        log.info("smart push: {} pushes decided", recommend.run().block());
    }

    @Scheduled(fixedDelayString = "${ebank.push.send-every}", initialDelayString = "${ebank.push.send-every}")
    @SchedulerLock(name = "push-send")
    void send() {
        Long sent = send.run().block();
        if (sent != null && sent > 0) {
            log.info("smart push: {} pushes sent", sent);
        }
    }
}
