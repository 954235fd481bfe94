package org.ebank.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import net.javacrumbs.shedlock.core.LockExtender;
import org.ebank.platform.PlatformAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.support.CronExpression;
import reactor.core.publisher.Mono;

/**
 * Jobs due once a business day (the end-of-day fees, maturities, the day's push decisions) that a dead instance does not
 * make the bank skip. The service checks every minute, on a scheduled method that holds the job's lock:
 *
 * <pre>{@code
 * @Scheduled(fixedDelayString = DailyJobs.CHECK_EVERY, initialDelayString = DailyJobs.CHECK_EVERY)
 * @SchedulerLock(name = "periodic-fees", lockAtMostFor = DailyJobs.LOCK_AT_MOST_FOR)
 * void endOfDay() { daily.runIfDue("periodic-fees", cron, fees::run); }
 * }</pre>
 *
 * The latest time the cron (Asia/Shanghai) names at or before now is due unless the job is done for that business day.
 * A run every instance was down for happens when one comes back; a run cut short by a kill happens again a minute or two
 * later on whichever instance takes the lock, because the lock is held for two minutes at a time and kept alive while the
 * job runs. A job therefore has to be safe to run twice for a day, and every one here is (their postings and decisions
 * carry ids). The first check on a new database records the day without running it: a new install owes nothing.
 * Blocking: a scheduler's thread, never an event loop.
 */
public class DailyJobs {

    /** How often each instance checks ({@code ebank.jobs.daily-check-every}, one minute by default). */
    public static final String CHECK_EVERY = "${ebank.jobs.daily-check-every:PT1M}";
    /** The lock a check holds: a killed holder's lapses this long after its last renewal. */
    public static final String LOCK_AT_MOST_FOR = "PT2M";

    private static final Logger log = LoggerFactory.getLogger(DailyJobs.class);
    private static final Duration HELD_FOR = Duration.parse(LOCK_AT_MOST_FOR);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DatabaseClient db;
    private final Clock clock;
    private final Duration renewEvery;

    public DailyJobs(DatabaseClient db, Clock clock) {
        this(db, clock, HELD_FOR.dividedBy(4));
    }

    DailyJobs(DatabaseClient db, Clock clock, Duration renewEvery) {
        this.db = db;
        this.clock = clock;
        this.renewEvery = renewEvery;
    }

    /**
     * Runs {@code job} for the business day the cron last came due, unless that day is done; {@code "-"} turns the job
     * off. Call it holding the job's lock ({@code @SchedulerLock}). Answers whether the job ran; a job that failed is
     * logged and left due, so the next check runs it again.
     */
    public boolean runIfDue(String name, String cron, Function<LocalDate, Mono<?>> job) {
        if ("-".equals(cron)) {
            return false;
        }
        LocalDate due = lastDue(CronExpression.parse(cron), ZonedDateTime.now(clock.withZone(PlatformAutoConfiguration.BANK_ZONE)));
        if (due == null || done(name, due)) {
            return false;
        }
        if (!seenBefore(name)) {
            record(name, due, false);
            log.info("daily job {} seen for the first time: {} recorded as done without running", name, due);
            return false;
        }
        log.info("daily job {} for {} starting", name, due);
        try {
            awaitKeepingTheLock(job.apply(due).toFuture());
        } catch (RuntimeException e) {
            log.warn("daily job {} for {} failed, the next check runs it again: {}", name, due, e.toString());
            return false;
        }
        record(name, due, true);
        log.info("daily job {} for {} done", name, due);
        return true;
    }

    /** The business day of the cron's latest time at or before {@code now}, looking back a week (null: none in it). */
    static LocalDate lastDue(CronExpression cron, ZonedDateTime now) {
        ZonedDateTime latest = null;
        for (ZonedDateTime next = cron.next(now.minusWeeks(1)); next != null && !next.isAfter(now); next = cron.next(next)) {
            latest = next;
        }
        return latest == null ? null : latest.toLocalDate();
    }

    private void awaitKeepingTheLock(CompletableFuture<?> running) {
        while (true) {
            try {
                running.get(renewEvery.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException stillRunning) {
                keepTheLock();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the job ran", e);
            }
        }
    }

    /** A lock that cannot be kept (the database away, say) is logged: the job goes on, and is safe if another runs it too. */
    private static void keepTheLock() {
        try {
            LockExtender.extendActiveLock(HELD_FOR, Duration.ZERO);
        } catch (RuntimeException e) {
            log.warn("a daily job's lock could not be kept: {}", e.toString());
        }
    }

    private boolean done(String name, LocalDate day) {
        return Boolean.TRUE.equals(db.sql("select exists (select 1 from daily_job_run where job = :job and business_day = :day)")
                .bind("job", name).bind("day", day).map(row -> row.get(0, Boolean.class)).one().block(TIMEOUT));
    }

    private boolean seenBefore(String name) {
        return Boolean.TRUE.equals(db.sql("select exists (select 1 from daily_job_run where job = :job)")
                .bind("job", name).map(row -> row.get(0, Boolean.class)).one().block(TIMEOUT));
    }

    private void record(String name, LocalDate day, boolean ran) {
        db.sql("insert into daily_job_run (job, business_day, ran) values (:job, :day, :ran) on conflict do nothing")
                .bind("job", name).bind("day", day).bind("ran", ran).then().block(TIMEOUT);
    }
}
