package org.ebank.payment.bill.adapter;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ebank.payment.bill.application.RecoverBillPayments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds, bill payments a crash or a lost answer left unfinished are taken on, each once. */
@Component
class BillPaymentRecoveryJob {

    private static final Logger log = LoggerFactory.getLogger(BillPaymentRecoveryJob.class);

    private final RecoverBillPayments payments;
    private final Duration grace;

    BillPaymentRecoveryJob(RecoverBillPayments payments, @Value("${ebank.payments.recovery-grace:30s}") Duration grace) {
        this.payments = payments;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${ebank.payments.recovery-interval:10s}", initialDelayString = "${ebank.payments.recovery-interval:10s}")
    @SchedulerLock(name = "bill-payment-recovery")
    void finishUnfinished() {
        Long finished = payments.recover(grace).block();
        if (finished != null && finished > 0) {
            log.info("recovery finished {} bill payments", finished);
        }
    }
}
