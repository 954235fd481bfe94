package org.ebank.insight.kpi.application;

import java.util.List;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.BranchOpened;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.account.StaffEnrolled;
import org.ebank.contracts.account.StaffLeft;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorSignedIn;
import org.ebank.contracts.corporate.PaymentEvent;
import org.ebank.contracts.notification.PushEvent;
import org.ebank.contracts.payment.BillPaymentEvent;
import org.ebank.contracts.payment.EtcDebitEvent;
import org.ebank.contracts.transfer.CashOperationRecorded;
import org.ebank.contracts.transfer.FeeCharged;
import org.ebank.contracts.transfer.FeeWaived;
import org.ebank.contracts.transfer.TransferCompleted;
import org.ebank.contracts.transfer.TransferReturned;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.wealth.OrderPlaced;
import org.ebank.insight.kpi.application.KpiFacts.FeeEffect;
import org.ebank.insight.kpi.domain.TransactionKind;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Turns the events of the account, transfer and wealth services into KPI facts. A transaction is a transfer that
 * moved money (completed, or sent to clearing), a cash operation or a wealth purchase, counted once on its channel.
 */
@Service
public class RecordKpiFacts {

    private final KpiFacts facts;

    public RecordKpiFacts(KpiFacts facts) {
        this.facts = facts;
    }

    public Mono<Void> registered(CustomerRegistered c) {
        return facts.customer(c.customerId(), c.registeredAt()).then(facts.contact(c.customerId(), c.name(), c.phone()));
    }

    /** An enterprise is a customer of its branch's too (a prospect until it uses corporate netbank). */
    public Mono<Void> registered(EnterpriseRegistered e) {
        return facts.contact(e.enterpriseId(), e.name(), e.contactPhone());
    }

    public Mono<Void> push(KpiFacts.PushStep step, PushEvent p) {
        return facts.push(p.pushId(), p.customerId(), step, p.at(), p.orderId());
    }

    public Mono<Void> opened(AccountOpened a) {
        return facts.accountOpened(a.accountId(), a.customerId(), a.product().name(), a.branchCode(), a.openedAt());
    }

    /**
     * A person's enrolment. One in corporate netbank (possible before enterprises had a service of their own) is no
     * enrolment at all: corporate netbank counts enterprises, and its incentive is for a real one
     * ({@link #operatorEnrolled}).
     */
    public Mono<Void> enrolled(CustomerEnrolled e) {
        if (e.channel() == Channel.CORPORATE_NETBANK) {
            return Mono.empty();
        }
        return facts.enrolled(e.customerId(), e.channel(), blankToNull(e.referrerCode()), e.enrolledAt());
    }

    public Mono<Void> branchOpened(BranchOpened b) {
        return facts.branch(b.code(), b.name(), b.parentCode());
    }

    /** A poll's postings in one write: what each account holds now. */
    public Mono<Void> balances(List<KpiFacts.Balance> balances) {
        return facts.balances(balances);
    }

    public static KpiFacts.Balance balance(PostingRecorded p) {
        return new KpiFacts.Balance(p.postingId(), p.accountId(), p.customerId(), p.product(), p.balanceAfter(), p.recordedAt());
    }

    public Mono<Void> staffEnrolled(StaffEnrolled e) {
        return facts.staff(e.staffCode(), e.branchCode(), e.enrolledAt());
    }

    public Mono<Void> staffLeft(StaffLeft e) {
        return facts.staffLeft(e.staffCode(), e.leftAt());
    }

    public Mono<Void> loggedIn(String eventId, CustomerLoggedIn login) {
        return facts.active("login:" + eventId, login.customerId(), login.channel(), login.loggedInAt());
    }

    /**
     * An enterprise enrolled in corporate netbank: its administrator's enrolment by staff, with the referring staff
     * member's code. The enterprise is the customer here; its makers and checkers are not enrolments of their own.
     */
    public Mono<Void> operatorEnrolled(OperatorEnrolled e) {
        if (!"ADMIN".equals(e.role())) {
            return Mono.empty();
        }
        return facts.enrolled(e.enterpriseId(), Channel.CORPORATE_NETBANK, blankToNull(e.referrerCode()), e.enrolledAt());
    }

    /** Any of its operators signing in makes the enterprise active in corporate netbank. */
    public Mono<Void> operatorSignedIn(String eventId, OperatorSignedIn signedIn) {
        return facts.active("login:" + eventId, signedIn.enterpriseId(), Channel.CORPORATE_NETBANK, signedIn.signedInAt());
    }

    /** A poll's transactions in two writes (an e-channel transaction also makes its customer active there). */
    public Mono<Void> transactions(List<KpiFacts.Transaction> transactions) {
        return facts.transactions(transactions);
    }

    /** An enterprise's payment, posted after its approvals: a corporate netbank transaction of the enterprise's. */
    public static KpiFacts.Transaction corporatePayment(PaymentEvent p) {
        return new KpiFacts.Transaction(p.paymentId(), p.enterpriseId(), Channel.CORPORATE_NETBANK, TransactionKind.TRANSFER, p.amount(),
                p.at());
    }

    /** A corporate payment's fee (the base tariff), charged when it was posted. */
    public Mono<Void> corporateFee(String eventId, PaymentEvent p) {
        return p.fee().signum() > 0 ? facts.fee(eventId, p.paymentId(), FeeEffect.CHARGED, null, p.fee(), p.at()) : Mono.empty();
    }

    /** Another bank sent a corporate payment back: its fee came back with it. */
    public Mono<Void> corporateReturned(String eventId, PaymentEvent p) {
        return p.fee().signum() > 0 ? facts.fee(eventId, p.paymentId(), FeeEffect.REFUNDED, "RETURNED", p.fee(), p.at()) : Mono.empty();
    }

    /** The money left the account (here or towards another bank): a transaction, on the e-channel when it is one. */
    public static KpiFacts.Transaction completed(TransferCompleted t) {
        return new KpiFacts.Transaction(t.transferId(), t.customerId(), t.channel(), TransactionKind.TRANSFER, t.amount(), t.at());
    }

    /** Another bank sent the money back: its fee came back with it. */
    public Mono<Void> returned(String eventId, TransferReturned t) {
        return t.fee().signum() > 0 ? facts.fee(eventId, t.transferId(), FeeEffect.REFUNDED, "RETURNED", t.fee(), t.at())
                : Mono.empty();
    }

    public static KpiFacts.Transaction cash(CashOperationRecorded c) {
        return new KpiFacts.Transaction(c.operationId(), c.customerId(), c.channel(), TransactionKind.cash(c.type()), c.amount(), c.at(),
                c.deviceId());
    }

    public static KpiFacts.Transaction purchase(OrderPlaced o) {
        return new KpiFacts.Transaction(o.orderId(), o.customerId(), o.channel(), TransactionKind.WEALTH_PURCHASE, o.amount(), o.at());
    }

    public static KpiFacts.Transaction billPayment(BillPaymentEvent b) {
        return new KpiFacts.Transaction(b.paymentId(), b.customerId(), b.channel(), TransactionKind.BILL_PAYMENT, b.amount(), b.at());
    }

    /** A month's ETC tolls taken from a card: a transaction of the channel the vehicle was bound through. */
    public static KpiFacts.Transaction etcDebit(EtcDebitEvent d) {
        return new KpiFacts.Transaction(d.debitId(), d.holderId(), d.channel(), TransactionKind.ETC_TOLL, d.amount(), d.at());
    }

    public Mono<Void> feeCharged(String eventId, FeeCharged f) {
        return facts.fee(eventId, f.referenceId(), FeeEffect.CHARGED, f.rule(), f.fee(), f.at());
    }

    /** A waiver by rule lowers the fee before it is charged; a staff waiver (MANUAL) also gives a charged fee back. */
    public Mono<Void> feeWaived(String eventId, FeeWaived f) {
        Mono<Void> waived = facts.fee(eventId, f.referenceId(), FeeEffect.WAIVED, f.rule(), f.waived(), f.at());
        return "MANUAL".equals(f.rule())
                ? waived.then(facts.fee(eventId + ":refund", f.referenceId(), FeeEffect.REFUNDED, "MANUAL", f.waived(), f.at()))
                : waived;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
