package org.ebank.corporate.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.ledger.InternalAccounts;
import org.ebank.contracts.ledger.Leg;
import org.ebank.contracts.ledger.PostingRequest;
import org.ebank.contracts.value.Channel;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.ebank.corporate.payment.domain.Counterparty;
import org.ebank.corporate.payment.domain.PaymentKind;
import org.ebank.platform.ledger.Ledger;
import org.ebank.platform.ledger.LedgerResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Posts an approved payment to the ledger, once: the posting's id is the payment's, so a second try (the recovery job's,
 * another instance's) gets the first answer. Recorded: COMPLETED, or for another bank PENDING_CLEARING, which
 * {@link ClearPayments} hands to the clearing network within seconds (not the approving request: a slow network must not
 * keep the checker waiting for money that has already moved); refused (insufficient funds): FAILED, nothing moved; no
 * answer: still APPROVED, for the recovery job. The event of a recorded posting is PaymentCompleted either way: the
 * money left the payer then.
 */
@Service
public class ExecutePayment {

    private final Ledger ledger;
    private final PaymentRepository payments;
    private final PaymentEvents events;
    private final TransactionalOperator tx;
    private final Clock clock;

    public ExecutePayment(Ledger ledger, PaymentRepository payments, PaymentEvents events, TransactionalOperator tx, Clock clock) {
        this.ledger = ledger;
        this.payments = payments;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public Mono<CorporatePayment> execute(CorporatePayment payment) {
        if (payment.status() != CorporatePayment.Status.APPROVED) {
            return Mono.just(payment);
        }
        return ledger.post(posting(payment)).flatMap(result -> {
            if (result.isUnknown()) {
                return Mono.just(payment);
            }
            Instant now = clock.instant();
            return tx.transactional(payments.lock(payment.id(), payment.enterpriseId()).flatMap(current -> {
                if (current.status() != CorporatePayment.Status.APPROVED) {
                    return Mono.just(current);
                }
                CorporatePayment done = result instanceof LedgerResult.Refused refused ? current.failed(refused.refusal().name(), now)
                        : current.posted(now);
                return payments.update(done)
                        .then(events.publish(done.status() == CorporatePayment.Status.FAILED ? CorporateTopics.PAYMENT_FAILED
                                : CorporateTopics.PAYMENT_COMPLETED, done, null))
                        .thenReturn(done);
            }));
        });
    }

    static PostingRequest posting(CorporatePayment payment) {
        List<Leg> legs = new ArrayList<>();
        legs.add(Leg.debit(payment.fromAccountId(), payment.amount(), switch (payment.kind()) {
            case PAYROLL -> Counterparty.fit(payment.toName());
            case INTERBANK -> Counterparty.fit(payment.toBankCode() + " 尾号" + payment.toLastFour() + " " + payment.toName());
            default -> "尾号" + payment.toLastFour() + " " + Counterparty.fit(payment.toName(), 50);
        }));
        // the payee's statement names the paying enterprise first: a memo can add to it, never stand in for it
        legs.add(Leg.credit(payment.toAccountId(), payment.amount(), Counterparty.fit(payment.payerName() + (payment.memo() == null ? "" : " " + payment.memo()))));
        if (payment.fee().isPositive()) {
            legs.add(Leg.debit(payment.fromAccountId(), payment.fee(), "转账手续费"));
            legs.add(Leg.credit(InternalAccounts.FEE_INCOME, payment.fee()));
        }
        return new PostingRequest(payment.id(), Channel.CORPORATE_NETBANK, "CORPORATE_PAYMENT",
                "对公付款 " + payment.kind() + " " + payment.id(), legs);
    }
}
