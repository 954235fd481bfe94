package org.ebank.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
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
import org.springframework.scheduling.support.CronExpression;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A daily job is late, never skipped: due at the cron's latest time, once per business day, again after a failure, a
 * kill or a day every instance was down for, and its lock kept while it runs longer than the lock lasts; a new database
 * owes nothing for the days before it. The clock is set days after today (the database is made today); each test names
 * its own job.
 */
@SpringBootTest(classes = PlatformTestApp.class, properties = {"ebank.outbox.relay-enabled=false", "ebank.retention.enabled=false"})
class DailyJobsIT {

    private static final String END_OF_DAY = "0 30 23 * * *";
    private static final LocalDate DAY = LocalDate.now(PlatformAutoConfiguration.BANK_ZONE).plusDays(10);

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        ServiceTest.register(registry, DailyJobsIT.class);
    }

    @Autowired
    DatabaseClient db;
    @Autowired
    LockProvider locks;

    private final MutableClock clock = MutableClock.at(DAY.atTime(9, 0), PlatformAutoConfiguration.BANK_ZONE);
    private final List<LocalDate> ran = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void eachBusinessDayRunsOnceAfterItsTime() {
        DailyJobs daily = new DailyJobs(db, clock, meters);

        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).as("yesterday's 23:30, which no instance ran").isTrue();
        clock.set(DAY.atTime(23, 29));
        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).as("not yet due").isFalse();
        clock.set(DAY.atTime(23, 31));
        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).isTrue();
        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).as("done for the day").isFalse();
        clock.set(DAY.plusDays(1).atTime(0, 5));
        assertThat(daily.runIfDue("fees", END_OF_DAY, this::job)).as("after midnight, still the day's run").isFalse();

        assertThat(ran).containsExactly(DAY.minusDays(1), DAY);
    }

    @Test
    void aNewDatabaseOwesNothingForTheDaysBeforeIt() {
        MutableClock beforeThisDatabase = MutableClock.at(LocalDate.now(PlatformAutoConfiguration.BANK_ZONE).minusDays(2).atTime(9, 0),
                PlatformAutoConfiguration.BANK_ZONE);
        assertThat(new DailyJobs(db, beforeThisDatabase, meters).runIfDue("new", END_OF_DAY, this::job)).isFalse();
        assertThat(ran).isEmpty();
    }

    @Test
    void aDayEveryInstanceWasDownForRunsWhenOneComesBack() {
        DailyJobs daily = new DailyJobs(db, clock, meters);
        daily.runIfDue("maturity", "0 10 0 * * *", this::job);

        clock.set(DAY.plusDays(2).atTime(15, 0));
        assertThat(daily.runIfDue("maturity", "0 10 0 * * *", this::job)).isTrue();

        assertThat(ran).as("the latest day due; the job catches up what earlier days left").containsExactly(DAY, DAY.plusDays(2));
    }

    @Test
    void aRunThatFailedIsDueAgainAtTheNextCheck() {
        DailyJobs daily = new DailyJobs(db, clock, meters);
        clock.set(DAY.atTime(10, 0, 30));

        assertThat(daily.runIfDue("recommend", "0 0 10 * * *", day -> Mono.error(new IllegalStateException("the database went away"))))
                .isFalse();
        assertThat(meters.get("ebank.jobs.daily.overdue").tag("job", "recommend").gauge().value()).as("due for 30 s").isEqualTo(30);
        assertThat(daily.runIfDue("recommend", "0 0 10 * * *", this::job)).isTrue();
        assertThat(meters.get("ebank.jobs.daily.overdue").tag("job", "recommend").gauge().value()).isZero();
        assertThat(ran).containsExactly(DAY);
    }

    @Test
    void aJobTurnedOffNeverRunsAndABadCronIsRefusedAtStart() {
        DailyJobs daily = new DailyJobs(db, clock, meters);
        assertThat(daily.runIfDue("off", DailyJobs.cron("-"), this::job)).isFalse();
        clock.advance(Duration.ofDays(2));
        assertThat(daily.runIfDue("off", "-", this::job)).isFalse();
        assertThat(ran).isEmpty();
        assertThatThrownBy(() -> DailyJobs.cron("0 30 25 * * *")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongRunKeepsItsLockSoNoOtherInstanceStartsItAgain() {
        DailyJobs daily = new DailyJobs(db, clock, meters, Duration.ofMillis(200));
        clock.set(DAY.atTime(23, 31));
        LockProvider otherInstance = new PostgresLockProvider(db);
        AtomicReference<Boolean> otherGotIt = new AtomicReference<>();

        Runnable check = () -> daily.runIfDue("long", END_OF_DAY, day -> Mono.delay(Duration.ofMillis(2500))
                .publishOn(Schedulers.boundedElastic())
                .doOnNext(tick -> otherGotIt.set(otherInstance.lock(lock("long")).isPresent()))
                .then(job(day)));
        new DefaultLockingTaskExecutor(locks).executeWithLock(check, new LockConfiguration(Instant.now(), "long", Duration.ofSeconds(1),
                Duration.ZERO));

        assertThat(otherGotIt.get()).as("the lock, taken for 1 s, still held 2.5 s into the run").isFalse();
        assertThat(ran).containsExactly(DAY);
    }

    @Test
    void aRunWhoseLockLapsedStopsAndIsLeftDueForTheInstanceThatHasIt() {
        DailyJobs daily = new DailyJobs(db, clock, meters, Duration.ofMillis(200));
        clock.set(DAY.atTime(23, 31));
        AtomicBoolean stopped = new AtomicBoolean();

        Runnable check = () -> assertThat(daily.runIfDue("lapsed", END_OF_DAY, day -> Mono.delay(Duration.ofMillis(300))
                .publishOn(Schedulers.boundedElastic())
                // another instance took the lock while this one could not renew it
                .doOnNext(tick -> db.sql("update shedlock set locked_by = 'another instance' where name = 'lapsed'").then().block())
                .then(Mono.delay(Duration.ofSeconds(5)))
                .doOnCancel(() -> stopped.set(true))
                .then(job(day)))).isFalse();
        // ShedLock, finding the lock it holds no longer valid, says so as the scheduled method ends
        assertThatThrownBy(() -> new DefaultLockingTaskExecutor(new PostgresLockProvider(db)).executeWithLock(check, lock("lapsed")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(stopped).as("the run was cancelled, not left going without its lock").isTrue();
        assertThat(ran).isEmpty();
        assertThat(new DailyJobs(db, clock, meters).runIfDue("lapsed", END_OF_DAY, this::job)).as("still due").isTrue();
    }

    @Test
    void theLatestDueTimeIsTheCronsLatestTimeAtOrBeforeNow() {
        CronExpression weekdays = CronExpression.parse("0 0 17 * * MON-FRI");
        ZonedDateTime saturdayNoon = LocalDateTime.parse("2026-03-14T12:00").atZone(PlatformAutoConfiguration.BANK_ZONE);
        assertThat(DailyJobs.lastDue(weekdays, saturdayNoon)).as("Friday's").isEqualTo(saturdayNoon.minusDays(1).withHour(17));
        assertThat(DailyJobs.lastDue(weekdays, saturdayNoon.minusDays(1).withHour(17))).as("on the second")
                .isEqualTo(saturdayNoon.minusDays(1).withHour(17));
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
