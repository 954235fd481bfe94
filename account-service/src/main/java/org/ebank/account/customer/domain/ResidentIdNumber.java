package org.ebank.account.customer.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A PRC resident identity number (居民身份证号码, GB 11643-1999): 17 digits and a check character
 * ({@code 0-9} or {@code X}) over ISO 7064 MOD 11-2, with the holder's birth date in digits 7-14.
 */
public record ResidentIdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    public ResidentIdNumber {
        if (value == null || !value.matches("\\d{17}[\\dXx]")) {
            throw new IllegalArgumentException("a resident id number has 17 digits and a check digit or X");
        }
        value = value.toUpperCase();
        if (value.charAt(17) != checkCharacter(value)) {
            throw new IllegalArgumentException("the resident id number's check digit does not match");
        }
        birthDateIn(value);
    }

    public LocalDate birthDate() {
        return birthDateIn(value);
    }

    /** The last four characters, for display: {@code ************1234}. */
    public String masked() {
        return "*".repeat(14) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate birthDateIn(String value) {
        try {
            return LocalDate.parse(value.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the resident id number does not hold a valid birth date");
        }
    }
}
