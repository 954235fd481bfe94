package org.ebank.notification.push.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.notification.push.application.RecommendPushes;
import org.ebank.notification.push.application.SendDuePushes;
import org.ebank.platform.jobs.DailyJobs;
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
    private final DailyJobs daily;
    private final String recommendCron;

    PushJobs(RecommendPushes recommend, SendDuePushes send, DailyJobs daily, PushProperties properties) {
        this.recommend = recommend;
        this.send = send;
        this.daily = daily;
        this.recommendCron = DailyJobs.cron(properties.recommendCron());
    }

    /** A day's decisions that no instance made, or that a kill cut short, are made at the next check. */
    @Scheduled(fixedDelayString = DailyJobs.CHECK_EVERY, initialDelayString = DailyJobs.CHECK_EVERY)
    @SchedulerLock(name = "push-recommend", lockAtMostFor = DailyJobs.LOCK_AT_MOST_FOR)
    void recommend() {
        daily.runIfDue("push-recommend", recommendCron, day -> recommend.run(day)
                .doOnNext(decided -> log.info("smart push: {} pushes decided", decided)));
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
