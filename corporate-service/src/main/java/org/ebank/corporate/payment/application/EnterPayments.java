package org.ebank.corporate.payment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.value.Money;
import org.ebank.corporate.account.application.SettlementAccountRepository;
import org.ebank.corporate.enterprise.application.EnterpriseRepository;
import org.ebank.corporate.operator.application.OperatorCodes;
import org.ebank.corporate.payment.domain.CorporatePayment;
import org.ebank.platform.secrets.CardNumberHash;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A maker's part: a quote (payee found among the bank's accounts, or at another bank; fee by the base tariff; how many
 * checkers the rule asks for), then its submission for approval. Nothing moves money here.
 */
@Service
public class EnterPayments {

    private final EnterpriseRepository enterprises;
    private final SettlementAccountRepository accounts;
    private final PayeeDirectory payees;
    private final ApprovalRules rules;
    private final PaymentRepository payments;
    private final PaymentEvents events;
    private final CardNumberHash numberHash;
    private final OperatorCodes codes;
    private final Clock clock;

    public EnterPayments(EnterpriseRepository enterprises, SettlementAccountRepository accounts, PayeeDirectory payees, ApprovalRules rules, PaymentRepository payments,
                         PaymentEvents events, CardNumberHash numberHash, OperatorCodes codes, Clock clock) {
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.payees = payees;
        this.rules = rules;
        this.payments = payments;
        this.events = events;
        this.numberHash = numberHash;
        this.codes = codes;
        this.clock = clock;
    }

    public Mono<PaymentOutcome> quote(String enterpriseId, String makerId, String fromAccountId, String toAccountNumber, String toName,
                                      Money amount, String memo) {
        Instant now = clock.instant();
        return accounts.regionOf(fromAccountId, enterpriseId)
                .flatMap(payerRegion -> payees.find(numberHash.of(toAccountNumber))
                        .flatMap(payee -> payee.accountId().equals(fromAccountId) ? Mono.just((PaymentOutcome) new PaymentOutcome.UnknownPayee())
                                : Mono.zip(rules.of(enterpriseId), enterprises.findById(enterpriseId)).flatMap(found -> {
                                    CorporatePayment quoted = CorporatePayment.quoted(newId(),
                                            enterpriseId, found.getT2().name(), makerId, fromAccountId, payerRegion, payee.accountId(),
                                            payee.lastFour(), payee.region(), toName, amount, memo, found.getT1(), now);
                                    return payments.insert(quoted).thenReturn((PaymentOutcome) new PaymentOutcome.Done(quoted));
                                }))
                        .defaultIfEmpty(new PaymentOutcome.UnknownPayee()))
                .defaultIfEmpty(new PaymentOutcome.NotFound("fromAccountId"));
    }

    /** To an account at another bank ({@code toBankCode}): nothing of it can be checked here but its form. */
    public Mono<PaymentOutcome> quoteInterbank(String enterpriseId, String makerId, String fromAccountId, String toBankCode,
                                               String toAccountNumber, String toName, Money amount, String memo) {
        Instant now = clock.instant();
        // the paying account must be one of the enterprise's: its region is what says so
        return accounts.regionOf(fromAccountId, enterpriseId)
                .flatMap(ours -> Mono.zip(rules.of(enterpriseId), enterprises.findById(enterpriseId)).flatMap(found -> {
                    CorporatePayment quoted = CorporatePayment.quotedInterbank(newId(), enterpriseId, found.getT2().name(), makerId,
                            fromAccountId, toBankCode, toAccountNumber, toName, amount, memo, found.getT1(), now);
                    return payments.insert(quoted).thenReturn((PaymentOutcome) new PaymentOutcome.Done(quoted));
                }))
                .defaultIfEmpty(new PaymentOutcome.NotFound("fromAccountId"));
    }

    /** Submitting again answers the payment as it is: a maker's retry never makes a second one. */
    @Transactional
    public Mono<PaymentOutcome> submit(String enterpriseId, String makerId, String paymentId) {
        Instant now = clock.instant();
        // a maker started over while this was on its way has nothing left to submit: their quotes went with the reset
        return codes.lockFirst(makerId, enterpriseId).filter(active -> active).flatMap(active -> Mono.zip(payments.lock(paymentId, enterpriseId),
                rules.of(enterpriseId))).flatMap(found -> {
            CorporatePayment payment = found.getT1();
            CorporatePayment.Step step = payment.requiring(found.getT2().approvalsFor(payment.amount())).submit(makerId, now);
            if (step.refusal() != null) {
                return Mono.just((PaymentOutcome) new PaymentOutcome.Refused(step.refusal()));
            }
            if (!step.changed()) {
                return Mono.just((PaymentOutcome) new PaymentOutcome.Done(step.payment()));
            }
            return payments.update(step.payment())
                    .then(events.publish(CorporateTopics.PAYMENT_SUBMITTED, step.payment(), makerId))
                    .thenReturn((PaymentOutcome) new PaymentOutcome.Done(step.payment()));
        }).defaultIfEmpty(new PaymentOutcome.NotFound("paymentId"));
    }

    /**
     * A payroll batch's payment, entered as its maker submits the batch and awaiting approval at once; call it in the
     * submission's transaction.
     */
    public Mono<CorporatePayment> enterDisbursement(String enterpriseId, String makerId, String fromAccountId, String payerName, String label,
                                                    Money total, String batchId) {
        return rules.of(enterpriseId).flatMap(rule -> {
            CorporatePayment payment = CorporatePayment.disbursement(newId(), enterpriseId, payerName, makerId, fromAccountId, label, total,
                    batchId, rule, clock.instant());
            return payments.insert(payment).then(events.publish(CorporateTopics.PAYMENT_SUBMITTED, payment, makerId)).thenReturn(payment);
        });
    }

    public Mono<CorporatePayment> find(String enterpriseId, String paymentId) {
        return payments.find(paymentId, enterpriseId);
    }

    public Flux<CorporatePayment> list(String enterpriseId) {
        return payments.of(enterpriseId, 50);
    }

    private static String newId() {
        return "cpay_" + UUID.randomUUID().toString().replace("-", "");
    }
}
