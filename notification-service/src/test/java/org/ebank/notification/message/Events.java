package org.ebank.notification.message;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.account.PostingRecorded;
import org.ebank.contracts.account.SecurityCodeRequested;
import org.ebank.contracts.corporate.ActivationCodeIssued;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.EnterpriseRegistered;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorReset;
import org.ebank.contracts.corporate.PaymentEvent;
import org.ebank.contracts.transfer.OtpRequested;
import org.ebank.contracts.transfer.TransferOutcome;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.CardProduct;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.value.Direction;
import org.ebank.platform.events.CloudEvent;
import org.ebank.platform.events.CloudEventCodec;
import org.ebank.platform.kafka.Topics;
import org.springframework.kafka.core.KafkaTemplate;

/** The events notification-service hears, as the account, transfer, wealth and corporate services publish them. */
public final class Events extends org.ebank.platform.testing.Events {

    public Events(KafkaTemplate<String, String> kafka, CloudEventCodec codec, Topics topics) {
        super(kafka, codec, topics);
    }

    void customer(String customerId, String phone) {
        send(AccountTopics.CUSTOMER, customerId, AccountTopics.CUSTOMER_REGISTERED,
                new CustomerRegistered(customerId, "测试客户", phone, LocalDate.of(1980, 1, 1), Instant.now()));
    }

    String posting(String customerId, String direction, String amount, String balance) {
        return send(AccountTopics.POSTING, "acc-" + customerId, AccountTopics.POSTING_RECORDED, new PostingRecorded("p-" + UUID.randomUUID(),
                "acc-" + customerId, customerId, CardProduct.STANDARD, "1234", Direction.valueOf(direction), new BigDecimal(amount), new BigDecimal(balance),
                Channel.MOBILE, "TRANSFER", "转账给 李* 尾号5678", Instant.now()));
    }

    void transfer(String customerId, String status) {
        TransferOutcome outcome = TransferOutcome.of("t-1", customerId, "acc-1", "acc-2", "尾号5678", "李四", null,
                new BigDecimal("100.00"), new BigDecimal("0.00"), "SAME_REGION", Channel.MOBILE, false, status, null, Instant.now());
        send(TransferTopics.TRANSFER, customerId, outcome.type(), outcome);
    }

    /** An OTP event as transfer-service writes it: the code sealed for notification-service. */
    void otp(String customerId, String sealedCode) {
        otp(customerId, sealedCode, "TRANSFER");
    }

    void otp(String customerId, String sealedCode, String purpose) {
        send(TransferTopics.OTP, customerId, TransferTopics.OTP_REQUESTED, new OtpRequested("q-1", customerId, sealedCode,
                new BigDecimal("6000.00"), "尾号5678", Instant.now().plusSeconds(300), purpose));
    }

    /** A code proving the phone, as account-service writes it (enrolment, new device). */
    void securityCode(String customerId, String sealedCode, SecurityCodeRequested.Purpose purpose) {
        send(AccountTopics.CUSTOMER, customerId, AccountTopics.SECURITY_CODE_REQUESTED, new SecurityCodeRequested("ch-" + customerId,
                customerId, sealedCode, purpose, Channel.MOBILE, Instant.now().plusSeconds(300)));
    }

    void login(String customerId, boolean newDevice) {
        send(AccountTopics.CUSTOMER, customerId, AccountTopics.CUSTOMER_LOGGED_IN,
                new CustomerLoggedIn(customerId, Channel.MOBILE, "phone-2", newDevice, Instant.now()));
    }

    void enterprise(String enterpriseId, String contactPhone) {
        send(CorporateTopics.ENTERPRISE, enterpriseId, CorporateTopics.ENTERPRISE_REGISTERED, new EnterpriseRegistered(enterpriseId,
                "广州测试有限公司", "91440100MA59XQ001E", "张", contactPhone, "440100", Instant.now()));
    }

    /** An operator's enrolment as a topic read from its start shows it: two days old. */
    void oldOperator(String enterpriseId, String operatorId, String role, String phone) {
        CloudEvent fresh = codec().wrap(UUID.randomUUID(), CorporateTopics.OPERATOR_ENROLLED, enterpriseId, new OperatorEnrolled(enterpriseId,
                operatorId, role, null, "op-admin", Instant.now().minus(java.time.Duration.ofDays(2)), "操作员", phone));
        resend(CorporateTopics.ENTERPRISE, enterpriseId, codec().write(new CloudEvent(fresh.specversion(), fresh.id(), fresh.source(),
                fresh.type(), fresh.time().minusDays(2), fresh.subject(), fresh.datacontenttype(), fresh.data())));
    }

    void operatorReset(String enterpriseId, String operatorId, String role) {
        send(CorporateTopics.ENTERPRISE, enterpriseId, CorporateTopics.OPERATOR_RESET, new OperatorReset(enterpriseId, operatorId, role,
                "staff01", Instant.now(), 1L));
    }

    /** An operator's activation code, sealed, as corporate-service writes it after the enrolment or reset. */
    void activationCode(String enterpriseId, String operatorId, String role, String sealedCode, ActivationCodeIssued.Purpose purpose) {
        send(CorporateTopics.ENTERPRISE, enterpriseId, CorporateTopics.ACTIVATION_CODE_ISSUED, new ActivationCodeIssued(enterpriseId,
                operatorId, role, sealedCode, purpose, Instant.now().plus(java.time.Duration.ofHours(72))));
    }

    void operator(String enterpriseId, String operatorId, String role, String phone) {
        send(CorporateTopics.ENTERPRISE, enterpriseId, CorporateTopics.OPERATOR_ENROLLED, new OperatorEnrolled(enterpriseId, operatorId,
                role, null, "op-admin", Instant.now(), "操作员" + operatorId, phone));
    }

    /** A corporate payment's step: a submitted one names the checkers who may approve it. */
    String payment(String type, String status, String paymentId, String makerId, List<String> approverIds, String reason) {
        return send(CorporateTopics.PAYMENT, paymentId, type, new PaymentEvent(paymentId, "ent-1", status, null, "acc-ent-1", "尾号6789",
                "广州供应商", new BigDecimal("60000.00"), new BigDecimal("15.00"), 0, 2, reason, Instant.now(), makerId, approverIds));
    }
}
