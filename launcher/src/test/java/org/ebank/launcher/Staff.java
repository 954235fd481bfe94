package org.ebank.launcher;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ebank.infra.ResidentIds;

/** What the system tests ask staff to do through the gateway: register a new customer, open a card for one. */
final class Staff {

    private static final AtomicInteger people = new AtomicInteger(600);

    private Staff() {
    }

    /** A new customer with a phone of their own ({@code 1345…}). */
    static Person newPerson() {
        int n = people.incrementAndGet();
        LocalDate born = LocalDate.of(1985, 3, 1).plusDays(n);
        String phone = "1345" + String.format("%07d", n);
        String name = "测试" + "甲乙丙丁戊己庚辛壬癸".charAt(n % 10);
        return new Person(RunningSystem.api().post("/api/v1/ops/customers", RunningSystem.staffToken(), Map.of("name", name,
                        "idNumber", ResidentIds.of(born, n), "phone", phone, "birthDate", born.toString()))
                .body().get("customerId").asText(), phone, name);
    }

    static String newCustomer() {
        return newPerson().customerId();
    }

    /** A 普通借记卡 with nothing on it; its full number (the staff view). */
    static String newCard(String customer) {
        return RunningSystem.api().command("/api/v1/ops/accounts", RunningSystem.staffToken(), Map.of("customerId", customer,
                "product", "STANDARD", "region", "440100", "initialDeposit", "0")).body().get("cardNumber").asText();
    }

    record Person(String customerId, String phone, String name) {
    }
}
