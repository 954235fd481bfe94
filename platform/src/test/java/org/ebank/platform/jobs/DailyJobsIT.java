package org.ebank.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.ebank.platform.PlatformAutoConfiguration;
import org.ebank.platform.testapp.PlatformTestApp;
import org.ebank.platform.testing.MutableClock;
import org.ebank.platform.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A daily job is late, never skipped: due at the cron's latest time, once per business day, again after a failure or a
 * day every instance was down, and its lock kept while it runs longer than the lock lasts. Each test names its own job.
 */
@SpringBootTest(classes = PlatformTestApp.class, properties = {"ebank.outbox.relay-enabled=false", "ebank.retention.enabled=false"})
class DailyJobsIT {

    private static final String END_OF_DAY = "0 30 23 * * *";

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, DailyJobsIT.class);
    }

    @Autowired
    DatabaseClient db;
    @Autowired
    LockProvider locks;

    private final MutableClock clock = MutableClock.at(LocalDateTime.parse("2026-03-10T09:00"), PlatformAutoConfiguration.BANK_ZONE);
    private final List<LocalDate> ran = new CopyOnWriteArrayList<>();

    @Test
    void aNewDatabaseOwesNothingThenEachBusinessDayRunsOnceAfterItsTime() {
        DailyJobs daily = new DailyJobs(db, clock);

        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).as("first seen: yesterday's 23:30 recorded, not run").isFalse();
        clock.set(LocalDateTime.parse("2026-03-10T23:29"));
        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).as("not yet due").isFalse();
        clock.set(LocalDateTime.parse("2026-03-10T23:31"));
        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).isTrue();
        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).as("done for the day").isFalse();
        clock.set(LocalDateTime.parse("2026-03-11T00:05"));
        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).as("after midnight, still the 10th's run").isFalse();

        assertThat(ran).containsExactly(LocalDate.parse("2026-03-10"));
    }

    @Test
    void aDayEveryInstanceWasDownForRunsWhenOneComesBack() {
        DailyJobs daily = new DailyJobs(db, clock);
        daily.runIfDue("maturity", "0 10 0 * * *", this::job);

        clock.set(LocalDateTime.parse("2026-03-12T15:00"));
        assertThat(daily.runIfDue("maturity", "0 10 0 * * *", this::job)).isTrue();

        assertThat(ran).as("the latest day due; the job catches up what earlier days left").containsExactly(LocalDate.parse("2026-03-12"));
    }

    @Test
    void aRunThatFailedOrWasCutShortIsDueAgainAtTheNextCheck() {
        DailyJobs daily = new DailyJobs(db, clock);
        daily.runIfDue("recommend", "0 0 10 * * *", this::job);
        clock.set(LocalDateTime.parse("2026-03-10T10:00:30"));

        assertThat(daily.runIfDue("recommend", "0 0 10 * * *", day -> Mono.error(new IllegalStateException("the database went away"))))
                .isFalse();
        assertThat(daily.runIfDue("recommend", "0 0 10 * * *", this::job)).isTrue();
        assertThat(ran).containsExactly(LocalDate.parse("2026-03-10"));
    }

    @Test
    void aJobTurnedOffNeverRuns() {
        DailyJobs daily = new DailyJobs(db, clock);
        assertThat(daily.runIfDue("off", "-", this::job)).isFalse();
        clock.advance(Duration.ofDays(2));
        assertThat(daily.runIfDue("off", "-", this::job)).isFalse();
        assertThat(ran).isEmpty();
    }

    @Test
    void aLongRunKeepsItsLockSoNoOtherInstanceStartsItAgain() {
        DailyJobs daily = new DailyJobs(db, clock, Duration.ofMillis(200));
        daily.runIfDue("long", END_OF_DAY, this::job);
        clock.set(LocalDateTime.parse("2026-03-10T23:31"));
        LockProvider otherInstance = new PostgresLockProvider(db);
        AtomicReference<Boolean> otherGotIt = new AtomicReference<>();

        Runnable check = () -> daily.runIfDue("long", END_OF_DAY, day -> Mono.delay(Duration.ofMillis(2500))
                .publishOn(Schedulers.boundedElastic())
                .doOnNext(tick -> otherGotIt.set(otherInstance.lock(lock("long")).isPresent()))
                .then(job(day)));
        new DefaultLockingTaskExecutor(locks).executeWithLock(check, new LockConfiguration(Instant.now(), "long", Duration.ofSeconds(1),
                Duration.ZERO));

        assertThat(otherGotIt.get()).as("the lock, taken for 1 s, still held 2.5 s into the run").isFalse();
        assertThat(ran).containsExactly(LocalDate.parse("2026-03-10"));
    }

    @Test
    void theLatestDueDayIsTheCronsLatestTimeAtOrBeforeNow() {
        var weekdays = org.springframework.scheduling.support.CronExpression.parse("0 0 17 * * MON-FRI");
        assertThat(DailyJobs.lastDue(weekdays, LocalDateTime.parse("2026-03-14T12:00").atZone(PlatformAutoConfiguration.BANK_ZONE)))
                .as("Saturday noon: Friday's").isEqualTo(LocalDate.parse("2026-03-13"));
        assertThat(DailyJobs.lastDue(weekdays, LocalDateTime.parse("2026-03-13T17:00").atZone(PlatformAutoConfiguration.BANK_ZONE)))
                .as("on the second").isEqualTo(LocalDate.parse("2026-03-13"));
    }

    private Mono<LocalDate> job(LocalDate day) {
        return Mono.fromSupplier(() -> {
            ran.add(day);
            return day;
        });
    }

    private static LockConfiguration lock(String name) {
        return new LockConfiguration(Instant.now(), name, Duration.ofMinutes(1), Duration.ZERO);
    }
}
