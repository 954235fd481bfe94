package org.ebank.corporate.payroll.application;

import java.time.Instant;
import java.util.Map;
import org.ebank.contracts.audit.AuditAction;
import org.ebank.corporate.operator.application.OperatorResetListener;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.ebank.platform.audit.Audit;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A maker started over leaves no batch behind that they uploaded and did not submit: once active again, they could submit
 * a file someone else uploaded in their name without noticing. Cancelled in the reset's transaction and audited; a
 * submitted batch goes with its payment (withdrawn by the payment feature, cancelled by the payroll job).
 */
@Component
public class CancelOnReset implements OperatorResetListener {

    private final PayrollRepository batches;
    private final Audit audit;

    public CancelOnReset(PayrollRepository batches, Audit audit) {
        this.batches = batches;
        this.audit = audit;
    }

    @Override
    public Mono<Void> onReset(String enterpriseId, String operatorId, String by, Instant at) {
        return batches.cancelUnsubmitted(enterpriseId, operatorId, CorporatePayment.WITHDRAWN_ON_RESET, at)
                .concatMap(batchId -> audit.record(AuditAction.PAYROLL_BATCH, batchId, Map.of("step", "cancelled",
                        "enterpriseId", enterpriseId, "reason", CorporatePayment.WITHDRAWN_ON_RESET, "by", by)))
                .then();
    }
}
