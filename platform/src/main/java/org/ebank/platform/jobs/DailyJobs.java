package org.ebank.platform.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
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
 * The latest time the cron (Asia/Shanghai) names at or before now is due unless the job is done for that business day,
 * or the service's database did not exist yet then (a new install owes nothing). A run every instance was down for
 * happens when one comes back; a run cut short by a kill happens again a minute or two later on whichever instance takes
 * the lock, because the lock is held for two minutes at a time and renewed while the job runs. A job therefore has to be
 * safe to run twice for a day, and has to fail (not complete) while any of the day's work is left, so that it is tried
 * again. A run that has not finished after {@link #MAX_RUN}, or whose lock lapsed to another instance, is stopped and
 * tried again later (ShedLock then logs, as the scheduled method ends, that the lock it held was no longer valid).
 * Blocking: a scheduler's thread, never an event loop.
 */
public class DailyJobs {

    /** How often each instance checks ({@code ebank.jobs.daily-check-every}, one minute by default). */
    public static final String CHECK_EVERY = "${ebank.jobs.daily-check-every:PT1M}";
    /** The lock a check holds: a killed holder's lapses this long after its last renewal. */
    public static final String LOCK_AT_MOST_FOR = "PT2M";
    /** The longest a day's run may take before it is stopped (the lock is renewed until then, no longer). */
    public static final Duration MAX_RUN = Duration.ofHours(2);

    private static final Logger log = LoggerFactory.getLogger(DailyJobs.class);
    private static final Duration HELD_FOR = Duration.parse(LOCK_AT_MOST_FOR);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DatabaseClient db;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Duration renewEvery;
    /** Per job, how long its latest due day has waited to be done (0: done), in seconds: {@code ebank.jobs.daily.overdue}. */
    private final Map<String, AtomicLong> overdue = new ConcurrentHashMap<>();

    public DailyJobs(DatabaseClient db, Clock clock, MeterRegistry meters) {
        this(db, clock, meters, HELD_FOR.dividedBy(4));
    }

    DailyJobs(DatabaseClient db, Clock clock, MeterRegistry meters, Duration renewEvery) {
        this.db = db;
        this.clock = clock;
        this.meters = meters;
        this.renewEvery = renewEvery;
    }

    /** A cron as the daily jobs take it, checked when the service starts: {@code "-"} (off) or a valid expression. */
    public static String cron(String cron) {
        if (!"-".equals(cron)) {
            CronExpression.parse(cron);
        }
        return cron;
    }

    /**
     * Runs {@code job} for the business day the cron last came due, unless that day is done; {@code "-"} turns the job
     * off. Call it holding the job's lock ({@code @SchedulerLock}). Answers whether the job ran to the end; a job that
     * failed or was stopped is logged and left due, so a later check runs it again.
     */
    public boolean runIfDue(String name, String cron, Function<LocalDate, Mono<?>> job) {
        if ("-".equals(cron)) {
            return false;
        }
        ZonedDateTime due = lastDue(CronExpression.parse(cron), ZonedDateTime.now(clock.withZone(PlatformAutoConfiguration.BANK_ZONE)));
        AtomicLong waited = overdue.computeIfAbsent(name, jobName -> meters.gauge("ebank.jobs.daily.overdue", Tags.of("job", jobName),
                new AtomicLong()));
        if (due == null || !owed(name, due)) {
            waited.set(0);
            return false;
        }
        // an operator's alarm: a day that stays due for long (a job that keeps failing) shows here, as of this instance's last check
        waited.set(Duration.between(due.toInstant(), clock.instant()).toSeconds());
        LocalDate day = due.toLocalDate();
        log.info("daily job {} for {} starting", name, day);
        CompletableFuture<?> running = job.apply(day).toFuture();
        try {
            awaitKeepingTheLock(running);
        } catch (RuntimeException e) {
            log.warn("daily job {} for {} did not finish, a later check runs it again: {}", name, day, e.toString());
            return false;
        } finally {
            // stopped, failed or interrupted (the service shutting down): nothing of it goes on without the lock
            running.cancel(true);
        }
        db.sql("insert into daily_job_run (job, business_day) values (:job, :day) on conflict do nothing")
                .bind("job", name).bind("day", day).then().block(TIMEOUT);
        waited.set(0);
        log.info("daily job {} for {} done", name, day);
        return true;
    }

    /** The cron's latest time at or before {@code now}, looking back a week (null: none in it). */
    static ZonedDateTime lastDue(CronExpression cron, ZonedDateTime now) {
        ZonedDateTime latest = null;
        for (ZonedDateTime next = cron.next(now.minusWeeks(1)); next != null && !next.isAfter(now); next = cron.next(next)) {
            latest = next;
        }
        return latest;
    }

    private void awaitKeepingTheLock(CompletableFuture<?> running) {
        Instant giveUpAt = clock.instant().plus(MAX_RUN);
        while (true) {
            try {
                running.get(renewEvery.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException stillRunning) {
                if (clock.instant().isAfter(giveUpAt)) {
                    throw new IllegalStateException("still running after " + MAX_RUN);
                }
                keepTheLock();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the job ran", e);
            }
        }
    }

    /**
     * Renews the lock; a renewal the database did not answer is tried again at the next, but a lock another instance
     * now holds (it lapsed) stops this run: that instance carries the day on.
     */
    private static void keepTheLock() {
        try {
            LockExtender.extendActiveLock(HELD_FOR, Duration.ZERO);
        } catch (LockExtender.LockCanNotBeExtendedException lost) {
            throw new IllegalStateException("the job's lock lapsed", lost);
        } catch (RuntimeException e) {
            log.warn("a daily job's lock could not be renewed, trying again in a moment: {}", e.toString());
        }
    }

    /** Not done for the day, and the service's database existed when it came due. */
    private boolean owed(String name, ZonedDateTime due) {
        return Boolean.TRUE.equals(db.sql("""
                        select not exists (select 1 from daily_job_run where job = :job and business_day = :day)
                            and (select min(installed_on) from platform_schema_history)::timestamptz < :due""")
                .bind("job", name).bind("day", due.toLocalDate()).bind("due", due.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .map(row -> row.get(0, Boolean.class)).one().block(TIMEOUT));
    }
}
