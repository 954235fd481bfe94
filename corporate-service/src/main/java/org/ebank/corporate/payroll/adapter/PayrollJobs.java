package org.ebank.corporate.payroll.adapter;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.corporate.payroll.application.DisbursePayroll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every second, on one instance at a time: approved batches paid out, pass after pass while there are rows to post (for
 * 5 s, then the pass under way ends the run; a pass is stopped after 12 s). The lock outlives a run, and frees itself
 * soon after an instance dies mid-run, so another instance (or the same one, restarted) resumes.
 */
@Component
class PayrollJobs {

    private static final Logger log = LoggerFactory.getLogger(PayrollJobs.class);

    private static final Duration BUSY_FOR = Duration.ofSeconds(5);
    /** A pass that takes longer (the ledger hanging) ends the run well inside the lock; the rows it left stay pending. */
    private static final Duration PASS_AT_MOST = Duration.ofSeconds(12);

    private final DisbursePayroll disburse;

    PayrollJobs(DisbursePayroll disburse) {
        this.disburse = disburse;
    }

    @Scheduled(fixedDelayString = "${ebank.corporate.payroll-interval:1s}", initialDelayString = "${ebank.corporate.payroll-interval:1s}")
    @SchedulerLock(name = "corporate-payroll", lockAtMostFor = "20s")
    void run() {
        // pass after pass while rows go out, for at most half the lock: a 5,000-row batch does not wait a second per pass
        long until = System.nanoTime() + BUSY_FOR.toNanos();
        long total = 0;
        Long posted;
        do {
            posted = disburse.advance().block(PASS_AT_MOST);
            total += posted == null ? 0 : posted;
        } while (posted != null && posted > 0 && System.nanoTime() < until);
        if (total > 0) {
            log.info("payroll: {} rows posted", total);
        }
    }
}
