package org.ebank.corporate.payment.application;

import java.time.Instant;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.corporate.operator.application.OperatorResetListener;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An operator started over leaves no pending part behind (see {@link CorporatePayment#withoutPartOf}): in the reset's
 * transaction, their payments not yet approved are withdrawn (PaymentWithdrawn, to their maker; a quote never
 * submitted quietly) and their approvals of others' no longer count (PaymentApprovalWithdrawn). A payroll batch whose
 * payment is withdrawn is cancelled by the payroll job, as one rejected is.
 */
@Component
public class WithdrawOnReset implements OperatorResetListener {

    private final PaymentRepository payments;
    private final PaymentEvents events;

    public WithdrawOnReset(PaymentRepository payments, PaymentEvents events) {
        this.payments = payments;
        this.events = events;
    }

    @Override
    public Mono<Void> onReset(String enterpriseId, String operatorId, String by, Instant at) {
        return payments.lockPendingWithPartOf(enterpriseId, operatorId)
                .concatMap(payment -> payment.withoutPartOf(operatorId, at)
                        // a quote never submitted goes quietly, as one that expires does: no one was told of it
                        .map(after -> payments.update(after).then(payment.status() == CorporatePayment.Status.QUOTED ? Mono.<Void>empty()
                                : events.publish(after.status() == CorporatePayment.Status.WITHDRAWN ? CorporateTopics.PAYMENT_WITHDRAWN
                                        : CorporateTopics.PAYMENT_APPROVAL_WITHDRAWN, after, by)))
                        .orElse(Mono.empty()))
                .then();
    }
}
