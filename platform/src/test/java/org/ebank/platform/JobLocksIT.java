package org.ebank.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.ebank.platform.jobs.PostgresLockProvider;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testapp.TickingJob;
import org.ebank.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Scheduled jobs with several instances of a service: one instance at a time runs a job, a daily job runs once although
 * every instance's scheduler fires it, and a job whose instance died is taken over. "Another instance" is a second lock
 * provider on the same database, as a second process would have.
 */
@SpringBootTest(classes = PlatformTestApp.class, properties = {"ebank.outbox.relay-enabled=false", "ebank.retention.enabled=false",
        "ebank.test.ticking-job=true"})
class JobLocksIT {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, JobLocksIT.class);
    }

    @Autowired
    DatabaseClient db;
    @Autowired
    LockProvider locks;
    @Autowired
    TickingJob ticking;

    @Test
    void oneInstanceAtATimeHoldsAJobAndTheOtherTakesItOnceReleased() {
        LockProvider other = new PostgresLockProvider(db);
        SimpleLock mine = locks.lock(lock("recovery", TEN_MINUTES, Duration.ZERO)).orElseThrow();

        assertThat(other.lock(lock("recovery", TEN_MINUTES, Duration.ZERO))).as("held by this instance").isEmpty();
        other.lock(lock("another-job", TEN_MINUTES, Duration.ZERO)).orElseThrow().unlock();

        mine.unlock();
        assertThat(other.lock(lock("recovery", TEN_MINUTES, Duration.ZERO))).as("released").isPresent();
    }

    @Test
    void aDailyJobRunsOnceThoughTheOtherInstancesSchedulerFiresItMomentsLater() {
        LockProvider other = new PostgresLockProvider(db);
        locks.lock(lock("daily", Duration.ofHours(2), Duration.ofMinutes(5))).orElseThrow().unlock();

        assertThat(other.lock(lock("daily", Duration.ofHours(2), Duration.ofMinutes(5))))
                .as("done a moment ago, and held for its lockAtLeastFor").isEmpty();
    }

    @Test
    void aJobWhoseInstanceDiedIsTakenOverOnceItsLockAtMostForHasPassed() {
        db.sql("insert into shedlock values ('orphaned', now() - interval '1 second', now() - interval '10 minutes', 'a killed instance')")
                .then().block();
        db.sql("insert into shedlock values ('running', now() + interval '5 minutes', now() - interval '5 minutes', 'a live instance')")
                .then().block();

        assertThat(locks.lock(lock("orphaned", TEN_MINUTES, Duration.ZERO))).isPresent();
        assertThat(locks.lock(lock("running", TEN_MINUTES, Duration.ZERO))).isEmpty();
    }

    @Test
    void aScheduledMethodMarkedSchedulerLockSkipsItsRunsWhileAnotherInstanceHoldsIt() {
        await().atMost(Duration.ofSeconds(10)).until(() -> ticking.runs() > 0);
        SimpleLock held = await().atMost(Duration.ofSeconds(10))
                .until(() -> new PostgresLockProvider(db).lock(lock("ticking-job", TEN_MINUTES, Duration.ZERO)), java.util.Optional::isPresent)
                .orElseThrow();
        int before = ticking.runs();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> ticking.runs() == before);

        held.unlock();
        await().atMost(Duration.ofSeconds(10)).until(() -> ticking.runs() > before);
    }

    private static LockConfiguration lock(String name, Duration atMost, Duration atLeast) {
        return new LockConfiguration(Instant.now(), name, atMost, atLeast);
    }
}
