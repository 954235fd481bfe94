package org.ebank.account.customer.application;

import java.time.LocalDate;
import org.ebank.account.customer.domain.PhoneNumber;
import org.ebank.account.customer.domain.ResidentIdNumber;

/** Staff registering a customer. The birth date must agree with the one in the id number. */
public record RegisterCustomerCommand(String name, ResidentIdNumber residentId, PhoneNumber phone, LocalDate birthDate) {

    public RegisterCustomerCommand {
        if (birthDate == null || !birthDate.equals(residentId.birthDate())) {
            throw new IllegalArgumentException("the birth date does not match the resident id number");
        }
    }
}
