package org.ebank.insight.kpi.adapter;

import java.util.ArrayList;
import java.util.List;
import org.ebank.contracts.account.AccountOpened;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.BranchOpened;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.account.StaffEnrolled;
import org.ebank.contracts.account.StaffLeft;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorSignedIn;
import org.ebank.contracts.corporate.PaymentEvent;
import org.ebank.contracts.notification.NotificationTopics;
import org.ebank.contracts.payment.BillPaymentEvent;
import org.ebank.contracts.payment.EtcDebitEvent;
import org.ebank.contracts.payment.PaymentTopics;
import org.ebank.contracts.notification.PushEvent;
import org.ebank.contracts.transfer.CashOperationRecorded;
import org.ebank.contracts.transfer.FeeCharged;
import org.ebank.contracts.transfer.FeeWaived;
import org.ebank.contracts.transfer.TransferCompleted;
import org.ebank.contracts.transfer.TransferReturned;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.wealth.OrderPlaced;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.insight.kpi.application.KpiFacts;
import org.ebank.insight.kpi.application.RecordKpiFacts;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Feeds the KPI read model from the whole stream under its own consumer group, so it can be rebuilt by reading
 * the retained events again from the start without touching the alerts.
 */
@Component
class KpiListener extends AbstractConsumerSeekAware {

    static final String CONSUMER = "kpis";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final RecordKpiFacts record;

    KpiListener(IdempotentConsumer consumer, CloudEventCodec codec, RecordKpiFacts record) {
        this.consumer = consumer;
        this.codec = codec;
        this.record = record;
    }

    @KafkaListener(groupId = "insight-service.kpis", topics = {
            "#{@topics.name('" + AccountTopics.CUSTOMER + "')}", "#{@topics.name('" + AccountTopics.ACCOUNT + "')}",
            "#{@topics.name('" + AccountTopics.POSTING + "')}",
            "#{@topics.name('" + AccountTopics.STAFF + "')}",
            "#{@topics.name('" + TransferTopics.TRANSFER + "')}", "#{@topics.name('" + WealthTopics.ORDER + "')}",
            "#{@topics.name('" + CorporateTopics.ENTERPRISE + "')}", "#{@topics.name('" + CorporateTopics.PAYMENT + "')}",
            "#{@topics.name('" + NotificationTopics.PUSH + "')}", "#{@topics.name('" + PaymentTopics.BILL + "')}",
            "#{@topics.name('" + PaymentTopics.ETC + "')}"}, batch = "true")
    void onEvent(List<String> records) {
        consumer.processBatch(CONSUMER, records, this::apply);
    }

    /** A poll's transactions and postings (most of what comes) in three writes, the other events in turn. */
    private Mono<Void> apply(List<CloudEvent> events) {
        List<KpiFacts.Transaction> transactions = new ArrayList<>();
        List<KpiFacts.Balance> balances = new ArrayList<>();
        List<CloudEvent> others = new ArrayList<>();
        for (CloudEvent event : events) {
            switch (event.type()) {
                case TransferTopics.TRANSFER_COMPLETED -> transactions.add(RecordKpiFacts.completed(codec.data(event, TransferCompleted.class)));
                case TransferTopics.CASH_OPERATION_RECORDED ->
                        transactions.add(RecordKpiFacts.cash(codec.data(event, CashOperationRecorded.class)));
                case WealthTopics.ORDER_PLACED -> transactions.add(RecordKpiFacts.purchase(codec.data(event, OrderPlaced.class)));
                case PaymentTopics.BILL_PAID -> transactions.add(RecordKpiFacts.billPayment(codec.data(event, BillPaymentEvent.class)));
                case PaymentTopics.ETC_DEBITED -> transactions.add(RecordKpiFacts.etcDebit(codec.data(event, EtcDebitEvent.class)));
                case AccountTopics.POSTING_RECORDED -> balances.add(RecordKpiFacts.balance(codec.data(event, PostingRecorded.class)));
                case CorporateTopics.PAYMENT_COMPLETED -> {
                    transactions.add(RecordKpiFacts.corporatePayment(codec.data(event, PaymentEvent.class)));
                    others.add(event);   // and its fee
                }
                default -> others.add(event);
            }
        }
        return record.transactions(transactions).then(record.balances(balances)).then(IdempotentConsumer.eachInTurn(this::apply).apply(others)).then();
    }

    private Mono<Void> apply(CloudEvent event) {
        return switch (event.type()) {
            case AccountTopics.CUSTOMER_REGISTERED -> record.registered(codec.data(event, CustomerRegistered.class));
            case CorporateTopics.ENTERPRISE_REGISTERED -> record.registered(codec.data(event, EnterpriseRegistered.class));
            case NotificationTopics.PUSH_SENT -> record.push(KpiFacts.PushStep.SENT, codec.data(event, PushEvent.class));
            case NotificationTopics.PUSH_OPENED -> record.push(KpiFacts.PushStep.OPENED, codec.data(event, PushEvent.class));
            case NotificationTopics.PUSH_CONVERTED -> record.push(KpiFacts.PushStep.CONVERTED, codec.data(event, PushEvent.class));
            case AccountTopics.CUSTOMER_ENROLLED -> record.enrolled(codec.data(event, CustomerEnrolled.class));
            case AccountTopics.CUSTOMER_LOGGED_IN -> record.loggedIn(event.id(), codec.data(event, CustomerLoggedIn.class));
            case AccountTopics.BRANCH_OPENED -> record.branchOpened(codec.data(event, BranchOpened.class));
            case AccountTopics.STAFF_ENROLLED -> record.staffEnrolled(codec.data(event, StaffEnrolled.class));
            case AccountTopics.STAFF_LEFT -> record.staffLeft(codec.data(event, StaffLeft.class));
            case AccountTopics.ACCOUNT_OPENED -> record.opened(codec.data(event, AccountOpened.class));
            case CorporateTopics.OPERATOR_ENROLLED -> record.operatorEnrolled(codec.data(event, OperatorEnrolled.class));
            case CorporateTopics.OPERATOR_SIGNED_IN -> record.operatorSignedIn(event.id(), codec.data(event, OperatorSignedIn.class));
            case CorporateTopics.PAYMENT_COMPLETED -> record.corporateFee(event.id(), codec.data(event, PaymentEvent.class));
            case CorporateTopics.PAYMENT_RETURNED -> record.corporateReturned(event.id(), codec.data(event, PaymentEvent.class));
            case TransferTopics.TRANSFER_RETURNED -> record.returned(event.id(), codec.data(event, TransferReturned.class));
            case TransferTopics.FEE_CHARGED -> record.feeCharged(event.id(), codec.data(event, FeeCharged.class));
            case TransferTopics.FEE_WAIVED -> record.feeWaived(event.id(), codec.data(event, FeeWaived.class));
            default -> Mono.empty();
        };
    }

    /** Reads every partition again from its first retained event; call after the facts were forgotten. */
    void replayFromStart() {
        seekToBeginning();
    }
}
