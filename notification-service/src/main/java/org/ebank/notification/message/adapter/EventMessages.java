package org.ebank.notification.message.adapter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.account.SecurityCodeRequested;
import org.ebank.contracts.account.StaffActivationCodeIssued;
import org.ebank.contracts.account.StaffEnrolled;
import org.ebank.contracts.corporate.ActivationCodeIssued;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorReset;
import org.ebank.contracts.corporate.PaymentEvent;
import org.ebank.contracts.corporate.PayrollDisbursed;
import org.ebank.contracts.transfer.OtpRequested;
import org.ebank.contracts.transfer.TransferOutcome;
import org.ebank.contracts.payment.BillPaymentEvent;
import org.ebank.contracts.payment.EtcDebitEvent;
import org.ebank.contracts.payment.PaymentTopics;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.Direction;
import org.ebank.contracts.wealth.HoldingEvent;
import org.ebank.contracts.wealth.OrderOutcome;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.notification.message.application.Notify;
import org.ebank.notification.message.domain.Category;
import org.ebank.notification.message.domain.Message;
import org.ebank.notification.message.domain.Templates;
import org.ebank.notification.recipient.application.RecordRecipient;
import org.ebank.platform.consumer.IdempotentConsumer;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.secrets.SealingKey;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The events customers hear about: balance changes (动账), transfer results, wealth purchases and money back from
 * holdings, one-time codes (transfers, enrolment, new devices) and logins from a new device; and those corporate
 * netbank operators hear about: payments waiting for their approval, and the end of those they entered. Each event is applied
 * once; its message id is derived from the event id, so a retry sends under the same id.
 */
@Component
class EventMessages {

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Notify notify;
    private final Templates templates;
    private final SealingKey sealing;
    private final RecordRecipient recipients;
    private final java.time.Clock clock;

    EventMessages(IdempotentConsumer consumer, CloudEventCodec codec, Notify notify, Templates templates, SealingKey sealing,
                  RecordRecipient recipients, java.time.Clock clock) {
        this.sealing = sealing;
        this.recipients = recipients;
        this.clock = clock;
        this.consumer = consumer;
        this.codec = codec;
        this.notify = notify;
        this.templates = templates;
    }

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.POSTING + "')}", groupId = "notification-service.postings", batch = "true")
    void onPosting(List<String> records) {
        handle("postings", records, event -> {
            PostingRecorded p = codec.data(event, PostingRecorded.class);
            boolean credit = p.direction() == Direction.CREDIT;
            var text = templates.balanceChange(p.cardLastFour(), credit, p.amount(), p.balanceAfter(), p.counterparty(), p.recordedAt());
            return message(event, p.customerId(), Category.TRANSACTION, text, p.amount());
        });
    }

    @KafkaListener(topics = "#{@topics.name('" + TransferTopics.TRANSFER + "')}", groupId = "notification-service.transfers", batch = "true")
    void onTransfer(List<String> records) {
        handle("transfers", records, event -> {
            Class<? extends TransferOutcome> outcome = TransferTopics.OUTCOMES.get(event.type());
            if (outcome == null) {
                return null;
            }
            TransferOutcome t = codec.data(event, outcome);
            var text = templates.transferResult(t.status(), t.scheduled(), t.toName(), t.toAccountMasked(), t.amount(), t.fee(),
                    t.failureReason());
            return message(event, t.customerId(), Category.RESULT, text, t.amount());
        });
    }

    @KafkaListener(topics = "#{@topics.name('" + WealthTopics.ORDER + "')}", groupId = "notification-service.wealth", batch = "true")
    void onWealth(List<String> records) {
        handle("wealth", records, event -> switch (event.type()) {
            case WealthTopics.ORDER_PLACED, WealthTopics.ORDER_FAILED -> {
                OrderOutcome o = codec.data(event, WealthTopics.ORDERS.get(event.type()));
                yield message(event, o.customerId(), Category.RESULT,
                        templates.wealthOrder(o.status(), o.productCode(), o.amount(), o.failureReason()), o.amount());
            }
            case WealthTopics.HOLDING_REDEEMED, WealthTopics.HOLDING_MATURED -> {
                HoldingEvent h = codec.data(event, WealthTopics.HOLDINGS.get(event.type()));
                yield message(event, h.customerId(), Category.RESULT, templates.holdingReturned(
                        WealthTopics.HOLDING_MATURED.equals(event.type()), h.productCode(), h.amount(), h.yield()), h.amount());
            }
            default -> null;
        });
    }

    @KafkaListener(topics = "#{@topics.name('" + PaymentTopics.BILL + "')}", groupId = "notification-service.bills", batch = "true")
    void onBillPayment(List<String> records) {
        handle("bills", records, event -> {
            if (!List.of(PaymentTopics.BILL_PAID, PaymentTopics.BILL_REFUSED, PaymentTopics.BILL_FAILED).contains(event.type())) {
                return null;
            }
            BillPaymentEvent b = codec.data(event, BillPaymentEvent.class);
            return message(event, b.customerId(), Category.RESULT,
                    templates.billPayment(b.status(), b.billerName(), b.customerNumberTail(), b.amount(), b.reason()), b.amount());
        });
    }

    @KafkaListener(topics = "#{@topics.name('" + PaymentTopics.ETC + "')}", groupId = "notification-service.etc", batch = "true")
    void onEtcDebit(List<String> records) {
        handle("etc", records, event -> {
            if (!PaymentTopics.ETC_DEBITED.equals(event.type()) && !PaymentTopics.ETC_DEBIT_REFUSED.equals(event.type())) {
                return null;
            }
            EtcDebitEvent d = codec.data(event, EtcDebitEvent.class);
            return message(event, d.holderId(), Category.RESULT, templates.etcDebit(d.status(), d.month(), d.plate(), d.vehicles(),
                    d.tolls(), d.discount(), d.amount(), d.nextAttemptAt(), d.reason()), d.amount());
        });
    }

    @KafkaListener(topics = "#{@topics.name('" + TransferTopics.OTP + "')}", groupId = "notification-service.otp", batch = "true")
    void onOtp(List<String> records) {
        handle("otp", records, event -> {
            OtpRequested otp = codec.data(event, OtpRequested.class);
            // opened only to be sent: an OTP message is never stored
            return message(event, otp.customerId(), Category.OTP, templates.otp(sealing.open(otp.sealedCode()), otp.amount(),
                    otp.toAccountMasked(), "SCHEDULE".equals(otp.purpose())), null);
        });
    }

    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.CUSTOMER + "')}", groupId = "notification-service.security", batch = "true")
    void onCustomer(List<String> records) {
        handle("security", records, event -> switch (event.type()) {
            case AccountTopics.CUSTOMER_LOGGED_IN -> {
                CustomerLoggedIn login = codec.data(event, CustomerLoggedIn.class);
                yield login.newDevice()
                        ? message(event, login.customerId(), Category.SECURITY, templates.newDevice(login.loggedInAt()), null)
                        : null;
            }
            case AccountTopics.SECURITY_CODE_REQUESTED -> {
                SecurityCodeRequested code = codec.data(event, SecurityCodeRequested.class);
                // opened only to be sent, like a transfer's OTP: never stored
                yield message(event, code.customerId(), Category.OTP,
                        templates.securityCode(sealing.open(code.sealedCode()), code.purpose(), code.channel()), null);
            }
            default -> null;
        });
    }

    /**
     * Corporate payments: a submitted one to each checker who may approve it, and its end (paid or sent to another bank,
     * failed, rejected, expired, returned by the other bank, withdrawn with its maker's reset; a payroll batch paid out)
     * to the maker who entered it, as well as an approval that no longer counts (its checker was started over).
     */
    @KafkaListener(topics = "#{@topics.name('" + CorporateTopics.PAYMENT + "')}", groupId = "notification-service.corporate", batch = "true")
    void onCorporatePayment(List<String> records) {
        consumer.processBatch("corporate", records, events -> notify.sendAll(events.stream().filter(this::recent)
                .flatMap(event -> corporateMessages(event).stream()).toList()));
    }

    private List<Message> corporateMessages(CloudEvent event) {
        return switch (event.type()) {
            case CorporateTopics.PAYMENT_SUBMITTED -> {
                PaymentEvent p = codec.data(event, PaymentEvent.class);
                var text = templates.approvalRequest(p.payeeMasked(), p.amount(), p.requiredApprovals());
                yield (p.approverIds() == null ? List.<String>of() : p.approverIds()).stream().distinct()
                        .map(checker -> message(event, checker, Category.CORPORATE, text, p.amount())).toList();
            }
            case CorporateTopics.PAYMENT_APPROVAL_WITHDRAWN -> {
                PaymentEvent p = codec.data(event, PaymentEvent.class);
                yield p.makerId() == null ? List.of() : List.of(message(event, p.makerId(), Category.CORPORATE,
                        templates.approvalWithdrawn(p.payeeMasked(), p.amount(), p.approvals(), p.requiredApprovals()), p.amount()));
            }
            case CorporateTopics.PAYMENT_COMPLETED, CorporateTopics.PAYMENT_FAILED, CorporateTopics.PAYMENT_REJECTED,
                 CorporateTopics.PAYMENT_EXPIRED, CorporateTopics.PAYMENT_RETURNED, CorporateTopics.PAYMENT_WITHDRAWN -> {
                PaymentEvent p = codec.data(event, PaymentEvent.class);
                // a payroll batch's payment completed has only moved its total: its maker hears when the rows are paid out
                boolean payrollTotalMoved = "代发".equals(p.payeeMasked()) && CorporateTopics.PAYMENT_COMPLETED.equals(event.type());
                yield p.makerId() == null || payrollTotalMoved ? List.of() : List.of(message(event, p.makerId(), Category.CORPORATE,
                        templates.corporatePaymentResult(p.status(), p.payeeMasked(), p.amount(), p.fee(), p.reason()), p.amount()));
            }
            case CorporateTopics.PAYROLL_DISBURSED -> {
                PayrollDisbursed d = codec.data(event, PayrollDisbursed.class);
                yield d.makerId() == null ? List.of() : List.of(message(event, d.makerId(), Category.CORPORATE,
                        templates.payrollDisbursed(d.purpose(), d.paidRows(), d.paid(), d.failedRows(), d.returned()), d.paid()));
            }
            default -> List.of();
        };
    }

    /**
     * Who can act for an enterprise: a new operator and a login started over are told to the enterprise's contact phone,
     * so one nobody at the enterprise asked for is noticed; the operator's activation code goes to the operator's own
     * phone (opened only to be sent, never stored). This consumer records the enterprise and its operators as recipients
     * itself (as the recipients' own consumer does, whichever comes first): the topic keeps an enterprise's events in
     * order, so its contact phone and the operator's are known before the first notice to either.
     */
    @KafkaListener(topics = "#{@topics.name('" + CorporateTopics.ENTERPRISE + "')}", groupId = "notification-service.corporate-security",
            batch = "true")
    void onOperators(List<String> records) {
        consumer.processBatch("corporate-security", records, events -> Flux.fromIterable(events)
                .concatMap(event -> switch (event.type()) {
                    case CorporateTopics.ENTERPRISE_REGISTERED -> recipients.on(codec.data(event, EnterpriseRegistered.class));
                    case CorporateTopics.OPERATOR_ENROLLED -> recipients.on(codec.data(event, OperatorEnrolled.class));
                    case CorporateTopics.OPERATOR_RESET -> recipients.on(codec.data(event, OperatorReset.class));
                    default -> Mono.<Void>empty();
                })
                .then(Mono.defer(() -> notify.sendAll(events.stream().filter(this::recent).flatMap(event -> switch (event.type()) {
                    case CorporateTopics.OPERATOR_ENROLLED -> {
                        OperatorEnrolled enrolled = codec.data(event, OperatorEnrolled.class);
                        yield Stream.of(message(event, enrolled.enterpriseId(), Category.CORPORATE,
                                templates.operatorEnrolled(enrolled.role(), enrolled.phone()), null));
                    }
                    case CorporateTopics.OPERATOR_RESET -> {
                        OperatorReset reset = codec.data(event, OperatorReset.class);
                        yield Stream.of(message(event, reset.enterpriseId(), Category.CORPORATE,
                                templates.operatorReset(reset.role(), reset.resetAt()), null));
                    }
                    case CorporateTopics.ACTIVATION_CODE_ISSUED -> {
                        ActivationCodeIssued issued = codec.data(event, ActivationCodeIssued.class);
                        yield Stream.of(message(event, issued.operatorId(), Category.OTP, templates.activationCode(
                                sealing.open(issued.sealedCode()), issued.purpose(), issued.role(), issued.expiresAt()), null));
                    }
                    default -> Stream.<Message>empty();
                }).toList()))));
    }

    /**
     * A staff member's activation code, to their own phone (opened only to be sent, never stored). Like the operators',
     * this consumer records staff as recipients itself: a branch's events are in order, so the phone is known first.
     */
    @KafkaListener(topics = "#{@topics.name('" + AccountTopics.STAFF + "')}", groupId = "notification-service.staff-security", batch = "true")
    void onStaff(List<String> records) {
        consumer.processBatch("staff-security", records, events -> Flux.fromIterable(events)
                .concatMap(event -> AccountTopics.STAFF_ENROLLED.equals(event.type())
                        ? recipients.on(codec.data(event, StaffEnrolled.class)) : Mono.<Void>empty())
                .then(Mono.defer(() -> notify.sendAll(events.stream().filter(this::recent)
                        .filter(event -> AccountTopics.STAFF_ACTIVATION_CODE_ISSUED.equals(event.type()))
                        .map(event -> {
                            StaffActivationCodeIssued issued = codec.data(event, StaffActivationCodeIssued.class);
                            return message(event, RecordRecipient.staff(issued.staffCode()), Category.OTP, templates.staffActivationCode(
                                    sealing.open(issued.sealedCode()), issued.reset(), issued.expiresAt()), null);
                        }).toList()))));
    }

    /**
     * Whether an operator's or an enterprise's notice is still worth sending: not when its event is over a day old (a
     * consumer group new to a topic reads it from the start, and a year of enrolments must not reach phones at once).
     */
    private boolean recent(CloudEvent event) {
        return event.time() == null || event.time().toInstant().isAfter(clock.instant().minus(java.time.Duration.ofDays(1)));
    }

    /** The new events of a poll, each to its message (or none), all sent together. */
    private void handle(String name, List<String> records, Function<CloudEvent, Message> messageOf) {
        consumer.processBatch(name, records, events -> notify.sendAll(events.stream().map(messageOf).filter(Objects::nonNull).toList()));
    }

    /** Its id from the event's, so a redelivery makes the same one; a corporate event can tell several operators, each their own. */
    private static Message message(CloudEvent event, String customerId, Category category, Templates.Text text,
                                   java.math.BigDecimal amount) {
        String seed = event.id() + category + (category == Category.CORPORATE ? customerId : "");
        String id = "msg_" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        return new Message(id, customerId, event.id(), category, text.title(), text.zh(), text.en(), amount,
                event.time() == null ? java.time.Instant.now() : event.time().toInstant());
    }
}
