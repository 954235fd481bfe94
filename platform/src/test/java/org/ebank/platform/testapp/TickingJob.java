package org.ebank.platform.testapp;

import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** A scheduled job as the services write theirs (package-private, on Spring's scheduler), counting its runs. */
@Component
@EnableScheduling
@ConditionalOnProperty("ebank.test.ticking-job")
public class TickingJob {

    private final AtomicInteger runs = new AtomicInteger();

    @Scheduled(fixedDelay = 100)
    @SchedulerLock(name = "ticking-job")
    void tick() {
        runs.incrementAndGet();
    }

    public int runs() {
        return runs.get();
    }
}
