package org.ebank.account.customer.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid resident id numbers for tests: a region, the birth date, a sequence and the right check digit. */
public final class ResidentIds {

    private static final AtomicInteger sequence = new AtomicInteger(100);

    private ResidentIds() {
    }

    public static String bornOn(LocalDate birthDate) {
        String first17 = "110105" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", sequence.incrementAndGet() % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
