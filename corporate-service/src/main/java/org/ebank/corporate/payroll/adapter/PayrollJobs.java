package org.ebank.corporate.payroll.adapter;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.corporate.payroll.application.DisbursePayroll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every second, on one instance at a time: approved batches paid out, a pass at a time. The lock outlives a pass by far,
 * and frees itself soon after an instance dies mid-pass, so another instance (or the same one, restarted) resumes.
 */
@Component
class PayrollJobs {

    private static final Logger log = LoggerFactory.getLogger(PayrollJobs.class);

    private final DisbursePayroll disburse;

    PayrollJobs(DisbursePayroll disburse) {
        this.disburse = disburse;
    }

    @Scheduled(fixedDelayString = "${ebank.corporate.payroll-interval:1s}", initialDelayString = "${ebank.corporate.payroll-interval:1s}")
    @SchedulerLock(name = "corporate-payroll", lockAtMostFor = "20s")
    void run() {
        Long posted = disburse.advance().block();
        if (posted != null && posted > 0) {
            log.info("payroll: {} rows posted", posted);
        }
    }
}
