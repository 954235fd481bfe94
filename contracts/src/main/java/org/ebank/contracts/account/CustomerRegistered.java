package org.ebank.contracts.account;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Staff registered a bank customer. Carries the phone number because notification-service sends this customer's SMS
 * (insight-service keeps it masked, for the branch's prospects); it never carries the resident id number.
 */
public record CustomerRegistered(String customerId, String name, String phone, LocalDate birthDate,
                                 Instant registeredAt) {
}
