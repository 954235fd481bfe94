package org.ebank.account.customer.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** A bank customer (客户) as registered by staff: the holder of cards and of an e-banking login. */
public record Customer(CustomerId id, String name, ResidentIdNumber residentId, PhoneNumber phone,
                       Instant registeredAt) {

    public static final int MAX_NAME_LENGTH = 50;

    public Customer {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        name = name.strip();
    }

    public LocalDate birthDate() {
        return residentId.birthDate();
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate(), day).getYears();
    }
}
