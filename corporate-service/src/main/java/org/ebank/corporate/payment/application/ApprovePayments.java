package org.ebank.corporate.payment.application;

import java.time.Clock;
import java.time.Instant;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.corporate.operator.application.OperatorCodes;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A checker's part: approve with their dynamic token's current code, or reject with a reason. The checker's row and
 * then the payment's are locked while an approval is decided (as a reset takes them), so two checkers' approvals count
 * in turn and the last one is known; the step is checked before the code is spent, and the code before anything
 * changes. Once approved as the rule asks, the payment is
 * posted after the approval committed ({@link ExecutePayment}); a crash in between leaves it to the recovery job.
 */
@Service
public class ApprovePayments {

    private final PaymentRepository payments;
    private final ApprovalRules rules;
    private final OperatorCodes codes;
    private final PaymentEvents events;
    private final ExecutePayment execute;
    private final TransactionalOperator tx;
    private final Clock clock;

    public ApprovePayments(PaymentRepository payments, ApprovalRules rules, OperatorCodes codes, PaymentEvents events, ExecutePayment execute,
                           TransactionalOperator tx, Clock clock) {
        this.payments = payments;
        this.rules = rules;
        this.codes = codes;
        this.events = events;
        this.execute = execute;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<PaymentOutcome> approve(String enterpriseId, String checkerId, String paymentId, String code) {
        Instant now = clock.instant();
        return tx.transactional(codes.lockFirst(checkerId, enterpriseId).then(Mono.zip(payments.lock(paymentId, enterpriseId),
                        rules.of(enterpriseId))).flatMap(found -> {
                    CorporatePayment payment = found.getT1();
                    CorporatePayment.Step step = payment.requiring(found.getT2().approvalsFor(payment.amount())).approve(checkerId, now);
                    if (step.refusal() != null) {
                        return refused(payment, step.refusal(), now);
                    }
                    return codes.verify(checkerId, enterpriseId, code).flatMap(check -> check != OperatorCodes.Check.VERIFIED
                            ? Mono.just((PaymentOutcome) new PaymentOutcome.CodeRefused(check))
                            : payments.update(step.payment())
                                    .then(events.publish(CorporateTopics.PAYMENT_APPROVED, step.payment(), checkerId))
                                    .thenReturn((PaymentOutcome) new PaymentOutcome.Done(step.payment())));
                }).defaultIfEmpty(new PaymentOutcome.NotFound("paymentId")))
                .flatMap(outcome -> outcome instanceof PaymentOutcome.Done done
                        ? execute.execute(done.payment()).map(executed -> (PaymentOutcome) new PaymentOutcome.Done(executed))
                        : Mono.just(outcome));
    }

    public Mono<PaymentOutcome> reject(String enterpriseId, String checkerId, String paymentId, String reason) {
        Instant now = clock.instant();
        return tx.transactional(payments.lock(paymentId, enterpriseId).flatMap(payment -> {
            CorporatePayment.Step step = payment.reject(checkerId, reason, now);
            if (step.refusal() != null) {
                return refused(payment, step.refusal(), now);
            }
            return payments.update(step.payment())
                    .then(events.publish(CorporateTopics.PAYMENT_REJECTED, step.payment(), checkerId))
                    .thenReturn((PaymentOutcome) new PaymentOutcome.Done(step.payment()));
        }).defaultIfEmpty(new PaymentOutcome.NotFound("paymentId")));
    }

    /** A payment found past its time is marked so now, whatever the expiry job has not got to yet. */
    private Mono<PaymentOutcome> refused(CorporatePayment payment, CorporatePayment.Refusal refusal, Instant now) {
        if (refusal == CorporatePayment.Refusal.EXPIRED && payment.isExpired(now)) {
            CorporatePayment expired = payment.expired(now);
            return payments.update(expired)
                    .then(payment.status() == CorporatePayment.Status.PENDING_APPROVAL
                            ? events.publish(CorporateTopics.PAYMENT_EXPIRED, expired, null) : Mono.<Void>empty())
                    .thenReturn((PaymentOutcome) new PaymentOutcome.Refused(refusal));
        }
        return Mono.just((PaymentOutcome) new PaymentOutcome.Refused(refusal));
    }
}
