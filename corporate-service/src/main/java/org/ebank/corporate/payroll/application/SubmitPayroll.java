package org.ebank.corporate.payroll.application;

import java.time.Clock;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.corporate.operator.application.OperatorCodes;
import org.ebank.corporate.payment.application.EnterPayments;
import org.ebank.corporate.payroll.domain.PayrollBatch;
import org.ebank.platform.audit.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/**
 * The maker submits their checked batch: its valid rows' total becomes one corporate payment to the disbursement
 * account, which waits for the checkers the enterprise's rule asks for (with their token codes), like any payment.
 * Submitting again answers the batch as it is: one batch, one payment.
 */
@Service
public class SubmitPayroll {

    private final PayrollRepository batches;
    private final EnterPayments payments;
    private final OperatorCodes codes;
    private final Audit audit;
    private final Clock clock;

    public SubmitPayroll(PayrollRepository batches, EnterPayments payments, OperatorCodes codes, Audit audit, Clock clock) {
        this.batches = batches;
        this.codes = codes;
        this.payments = payments;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Mono<PayrollOutcome> submit(String enterpriseId, String makerId, String batchId) {
        // a maker started over while this was on its way has nothing left to submit: their batches went with the reset
        return codes.lockFirst(makerId, enterpriseId).filter(active -> active).flatMap(active -> batches.lock(batchId, enterpriseId))
                .filter(batch -> batch.makerId().equals(makerId)).flatMap(batch -> {
            if (batch.status() != PayrollBatch.Status.VALIDATED) {
                return Mono.just((PayrollOutcome) new PayrollOutcome.Done(batch));
            }
            if (batch.validRows() == 0) {
                return Mono.just((PayrollOutcome) new PayrollOutcome.Empty());
            }
            return payments.enterDisbursement(enterpriseId, makerId, batch.fromAccountId(), batch.payerName(), batch.label(), batch.total(),
                            batch.id())
                    .flatMap(payment -> {
                        PayrollBatch submitted = batch.submitted(payment.id(), clock.instant());
                        return batches.update(submitted)
                                .then(audit.record(AuditAction.PAYROLL_BATCH, batch.id(), Map.of("step", "submitted",
                                        "enterpriseId", enterpriseId, "paymentId", payment.id(), "total", batch.total().toString())))
                                .thenReturn((PayrollOutcome) new PayrollOutcome.Done(submitted));
                    });
        }).defaultIfEmpty(new PayrollOutcome.NotFound("batchId"));
    }
}
