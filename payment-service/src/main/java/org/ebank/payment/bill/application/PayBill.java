package org.ebank.payment.bill.application;

import java.time.Clock;
import java.util.Map;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Money;
import org.ebank.payment.bill.domain.BillPayment;
import org.ebank.payment.bill.domain.BillPaymentStatus;
import org.ebank.payment.biller.application.LookUpBill;
import org.ebank.payment.directory.application.Directory;
import org.ebank.payment.kernel.domain.Refusal;
import org.ebank.platform.idempotency.IdempotentRequests;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A customer pays a bill from their card: the biller is ours, the card theirs, the bill there, unpaid and of exactly that
 * amount; then the payment is recorded and taken as far as it goes ({@link FinishBillPayment}). The same request again
 * (the same Idempotency-Key) is the same payment, finished rather than made twice.
 */
@Service
public class PayBill {

    private final LookUpBill lookUp;
    private final Directory directory;
    private final BillPaymentRepository payments;
    private final FinishBillPayment finish;
    private final Clock clock;

    PayBill(LookUpBill lookUp, Directory directory, BillPaymentRepository payments, FinishBillPayment finish, Clock clock) {
        this.lookUp = lookUp;
        this.directory = directory;
        this.payments = payments;
        this.finish = finish;
        this.clock = clock;
    }

    public Mono<BillPayment> pay(Request request, String requestKey) {
        String id = IdempotentRequests.operationId("bil_", request.customerId(), requestKey);
        return payments.byId(id).flatMap(recorded -> finish.drive(recorded, true))
                .switchIfEmpty(Mono.defer(() -> check(request)
                        .then(Mono.defer(() -> {
                            BillPayment payment = BillPayment.requested(id, request.customerId(), request.accountId(),
                                    request.billerCode(), request.customerNumber(), request.amount(), request.channel(), clock.instant());
                            return payments.insert(payment).flatMap(inserted -> inserted ? finish.drive(payment, false)
                                    : payments.byId(id).flatMap(recorded -> finish.drive(recorded, true))
                                    // not this request's: another payment of the bill is under way
                                    .switchIfEmpty(Mono.error(() -> new Refusal(Refusal.Reason.BILL_PAYMENT_UNDER_WAY))));
                        }))))
                .flatMap(PayBill::refusedIfFailed);
    }

    /** The first rule the payment breaks, as a refusal; nothing is recorded then. */
    private Mono<Void> check(Request request) {
        return directory.card(request.accountId()).filter(card -> card.isOwnedBy(request.customerId()))
                .switchIfEmpty(Mono.error(() -> new Refusal(Refusal.Reason.UNKNOWN_ACCOUNT)))
                .then(lookUp.lookUp(request.billerCode(), request.customerNumber()))
                .flatMap(found -> {
                    if (found.bill().paid()) {
                        return Mono.error(new Refusal(Refusal.Reason.BILL_ALREADY_PAID, Map.of("period", found.bill().period())));
                    }
                    if (!found.bill().amountDue().equals(request.amount())) {
                        return Mono.error(new Refusal(Refusal.Reason.AMOUNT_NOT_THE_BILLS,
                                Map.of("amountDue", found.bill().amountDue().toString())));
                    }
                    return Mono.empty();
                });
    }

    /** A payment that failed for want of money reads as that refusal, the first time and every time it is asked again. */
    private static Mono<BillPayment> refusedIfFailed(BillPayment payment) {
        return payment.status() == BillPaymentStatus.FAILED
                ? Mono.error(new Refusal(Refusal.Reason.INSUFFICIENT_FUNDS, Map.of("accountId", payment.accountId())))
                : Mono.just(payment);
    }

    public record Request(String customerId, Channel channel, String billerCode, String customerNumber, String accountId,
                          Money amount) {
    }
}
