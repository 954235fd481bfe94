package org.ebank.insight.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ebank.contracts.account.AccountTopics;
import org.ebank.contracts.account.CustomerEnrolled;
import org.ebank.contracts.account.CustomerLoggedIn;
import org.ebank.contracts.account.CustomerRegistered;
import org.ebank.contracts.account.StaffEnrolled;
import org.ebank.contracts.account.StaffLeft;
import org.ebank.contracts.account.StaffRole;
import org.ebank.contracts.corporate.CorporateTopics;
import org.ebank.contracts.corporate.OperatorEnrolled;
import org.ebank.contracts.corporate.OperatorSignedIn;
import org.ebank.contracts.notification.NotificationTopics;
import org.ebank.contracts.notification.PushEvent;
import org.ebank.contracts.transfer.CashOperationRecorded;
import org.ebank.contracts.transfer.FeeEvent;
import org.ebank.contracts.transfer.TransferOutcome;
import org.ebank.contracts.transfer.TransferTopics;
import org.ebank.contracts.value.Channel;
import org.ebank.contracts.wealth.OrderOutcome;
import org.ebank.contracts.wealth.WealthTopics;
import org.ebank.platform.testing.Events;

/**
 * A day of e-banking activity on 27 November 2025 (Asia/Shanghai), told as the services' events, each kept so the
 * whole day can be sent again. The expected KPIs are worked out by hand in {@link KpiIT}.
 */
final class ScriptedDay {

    static final LocalDate DAY = LocalDate.of(2025, 11, 27);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Events events;
    private final List<String[]> sent = new ArrayList<>();

    ScriptedDay(Events events) {
        this.events = events;
    }

    void play() {
        for (String c : List.of("c1", "c2", "c3", "c4", "c5", "c6")) {
            send(AccountTopics.CUSTOMER, c, AccountTopics.CUSTOMER_REGISTERED,
                    new CustomerRegistered(c, "客户" + c, "1390000000" + c.charAt(1), LocalDate.of(1980, 1, 1), at(DAY.minusDays(10), "09:00")));
        }
        // s001 was on the staff a month before; s002 joined at 09:25, after c3 gave that code (no incentive for it); s003 left
        // the day before c5 gave that code; customers type codes in any case
        send(AccountTopics.STAFF, "0101", AccountTopics.STAFF_ENROLLED,
                new StaffEnrolled("s001", "员工一", "0101", StaffRole.ACCOUNT_MANAGER, "13900001001", at(DAY.minusDays(30), "09:00")));
        send(AccountTopics.STAFF, "0102", AccountTopics.STAFF_ENROLLED,
                new StaffEnrolled("s002", "员工二", "0102", StaffRole.ACCOUNT_MANAGER, "13900001002", at(DAY, "09:25")));
        send(AccountTopics.STAFF, "0102", AccountTopics.STAFF_ENROLLED,
                new StaffEnrolled("s003", "员工三", "0102", StaffRole.TELLER, "13900001003", at(DAY.minusDays(30), "09:00")));
        send(AccountTopics.STAFF, "0102", AccountTopics.STAFF_LEFT, new StaffLeft("s003", "0102", at(DAY.minusDays(1), "18:00")));
        enrol("c1", "MOBILE", "S001", at(DAY, "09:00"));
        enrol("c2", "MOBILE", "S001", at(DAY, "09:10"));
        enrol("c3", "NETBANK", "S002", at(DAY, "09:20"));
        enrol("c4", "CORPORATE_NETBANK", "S002", at(DAY, "09:30"));      // a person, before corporate netbank was enterprises': none
        enrol("c5", "MOBILE", "s003", at(DAY, "00:10"));                // 26 Nov 16:10 UTC: still the 27th in Shanghai; s003 had left
        enrol("c6", "NETBANK", "s001", at(DAY.minusDays(1), "23:30"));   // the day before

        login("c1", "MOBILE", at(DAY, "09:05"));
        login("c3", "NETBANK", at(DAY, "10:00"));
        login("c2", "NETBANK", at(DAY, "10:30"));                       // c2 enrolled in MOBILE: not its activation
        // an enterprise enrols in corporate netbank (its administrator, by staff); its maker is not an enrolment of its own,
        // and the maker signing in makes the enterprise active
        send(CorporateTopics.ENTERPRISE, "ent1", CorporateTopics.OPERATOR_ENROLLED,
                new OperatorEnrolled("ent1", "op_a1", "ADMIN", "S002", "staff01", at(DAY, "09:40"), "管理员", "13900000001"));
        send(CorporateTopics.ENTERPRISE, "ent1", CorporateTopics.OPERATOR_ENROLLED,
                new OperatorEnrolled("ent1", "op_m1", "MAKER", null, "op_a1", at(DAY, "09:45"), "经办", "13900000002"));
        send(CorporateTopics.ENTERPRISE, "ent1", CorporateTopics.OPERATOR_SIGNED_IN,
                new OperatorSignedIn("ent1", "op_m1", "MAKER", at(DAY, "11:00")));

        transfer("T1", "c1", "MOBILE", "1000.00", "0.00", TransferTopics.TRANSFER_COMPLETED, "COMPLETED");
        fee(TransferTopics.FEE_WAIVED, "T1", "c1", "TRANSFER", "MOBILE", "5.00", "0.00", "5.00", "MOBILE_INTERBANK_CAMPAIGN");
        transfer("T2", "c3", "NETBANK", "20000.00", "10.00", TransferTopics.TRANSFER_COMPLETED, "PENDING_CLEARING");
        fee(TransferTopics.FEE_CHARGED, "T2", "c3", "TRANSFER", "NETBANK", "10.00", "10.00", "0.00", null);
        transfer("T2", "c3", "NETBANK", "20000.00", "10.00", TransferTopics.TRANSFER_SETTLED, "SETTLED");
        transfer("T3", "c5", "MOBILE", "300.00", "0.00", TransferTopics.TRANSFER_COMPLETED, "COMPLETED");
        transfer("T4", "c3", "NETBANK", "6000.00", "30.00", TransferTopics.TRANSFER_COMPLETED, "COMPLETED");
        fee(TransferTopics.FEE_CHARGED, "T4", "c3", "TRANSFER", "NETBANK", "30.00", "30.00", "0.00", null);
        fee(TransferTopics.FEE_WAIVED, "T4", "c3", "TRANSFER", "NETBANK", "30.00", "0.00", "30.00", "MANUAL");
        transfer("T5", "c3", "NETBANK", "2000.00", "5.00", TransferTopics.TRANSFER_COMPLETED, "PENDING_CLEARING");
        fee(TransferTopics.FEE_CHARGED, "T5", "c3", "TRANSFER", "NETBANK", "5.00", "5.00", "0.00", null);
        transfer("T5", "c3", "NETBANK", "2000.00", "5.00", TransferTopics.TRANSFER_RETURNED, "RETURNED");
        transfer("T6", "c1", "MOBILE", "50.00", "0.00", TransferTopics.TRANSFER_FAILED, "FAILED");

        cash("K1", "c2", "DEPOSIT", "5000.00", "0.00", "COUNTER");
        cash("K2", "c4", "WITHDRAWAL", "1000.00", "5.00", "COUNTER");
        fee(TransferTopics.FEE_CHARGED, "K2", "c4", "CASH_WITHDRAWAL", "COUNTER", "5.00", "5.00", "0.00", null);
        cash("K3", "c6", "WITHDRAWAL", "2000.00", "0.00", "ATM");
        fee(TransferTopics.FEE_WAIVED, "K3", "c6", "CASH_WITHDRAWAL", "ATM", "10.00", "0.00", "10.00", "JINHUI_CROSS_REGION_WITHDRAWAL");

        order("O1", "c3", "NETBANK", "50000.00", WealthTopics.ORDER_PLACED, "PLACED");
        order("O2", "c1", "MOBILE", "10000.00", WealthTopics.ORDER_PLACED, "PLACED");
        order("O3", "c2", "COUNTER", "40000.00", WealthTopics.ORDER_PLACED, "PLACED");
        order("O4", "c1", "MOBILE", "5000.00", WealthTopics.ORDER_FAILED, "FAILED");

        // smart pushes as notification-service tells of them: P1 sent, opened and bought (O2); P2 sent; P3's opening told
        // before its sending (another order on the way); P4 sent the day before
        push(NotificationTopics.PUSH_SENT, "P1", "c1", at(DAY, "10:00"), null);
        push(NotificationTopics.PUSH_OPENED, "P1", "c1", at(DAY, "10:05"), null);
        push(NotificationTopics.PUSH_CONVERTED, "P1", "c1", at(DAY, "20:00"), "O2");
        push(NotificationTopics.PUSH_SENT, "P2", "c2", at(DAY, "10:00"), null);
        push(NotificationTopics.PUSH_OPENED, "P3", "c3", at(DAY, "11:30"), null);
        push(NotificationTopics.PUSH_SENT, "P3", "c3", at(DAY, "11:00"), null);
        push(NotificationTopics.PUSH_SENT, "P4", "c3", at(DAY.minusDays(1), "11:00"), null);
    }

    private void push(String type, String pushId, String customer, Instant at, String orderId) {
        send(NotificationTopics.PUSH, customer, type, new PushEvent(pushId, customer, "NM001", at, orderId));
    }

    /** Every event of the day again, with the same ids, as a redelivery would bring them. */
    void replay() {
        sent.forEach(e -> events.resend(e[0], e[1], e[2]));
    }

    private void enrol(String customer, String service, String referrer, Instant at) {
        send(AccountTopics.CUSTOMER, customer, AccountTopics.CUSTOMER_ENROLLED, new CustomerEnrolled(customer, Channel.valueOf(service), referrer, at));
    }

    private void login(String customer, String channel, Instant at) {
        send(AccountTopics.CUSTOMER, customer, AccountTopics.CUSTOMER_LOGGED_IN, new CustomerLoggedIn(customer, Channel.valueOf(channel), "d", false, at));
    }

    private void transfer(String id, String customer, String channel, String amount, String fee, String type, String status) {
        send(TransferTopics.TRANSFER, customer, type, TransferOutcome.of(id, customer, "acc-" + customer, null, "尾号5678", "李四",
                "ICBC", new BigDecimal(amount), new BigDecimal(fee), "INTERBANK", Channel.valueOf(channel), false, status,
                "FAILED".equals(status) ? "INSUFFICIENT_FUNDS" : null, at(DAY, "12:00")));
    }

    private void fee(String type, String reference, String customer, String operation, String channel, String baseFee, String fee,
                     String waived, String rule) {
        FeeEvent event = FeeEvent.of(reference, customer, "acc-" + customer, operation, "INTERBANK", Channel.valueOf(channel),
                new BigDecimal(baseFee), new BigDecimal(fee), new BigDecimal(waived), rule, at(DAY, "12:01")).stream()
                .filter(e -> e.type().equals(type)).findFirst().orElseThrow();
        send(TransferTopics.TRANSFER, customer, type, event);
    }

    private void cash(String id, String customer, String type, String amount, String fee, String channel) {
        send(TransferTopics.TRANSFER, customer, TransferTopics.CASH_OPERATION_RECORDED, new CashOperationRecorded(id, customer,
                "acc-" + customer, type, new BigDecimal(amount), new BigDecimal(fee), Channel.valueOf(channel), "440100", at(DAY, "14:00"),
                "ATM".equals(channel) ? "ATM-0101-01" : null));
    }

    private void order(String id, String customer, String channel, String amount, String type, String status) {
        send(WealthTopics.ORDER, customer, type, OrderOutcome.of(id, customer, "acc-" + customer, "NM001", 2, new BigDecimal(amount),
                Channel.valueOf(channel), false, false, status, null, at(DAY, "20:00")));
    }

    private void send(String topic, String key, String type, Object payload) {
        sent.add(new String[] {topic, key, events.send(topic, key, type, payload)});
    }

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    }
}
