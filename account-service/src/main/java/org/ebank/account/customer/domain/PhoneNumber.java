package org.ebank.account.customer.domain;

/** A mainland China mobile number (11 digits starting 13-19), where SMS alerts and OTPs go. */
public record PhoneNumber(String value) {

    public PhoneNumber {
        if (value == null || !value.matches("1[3-9]\\d{9}")) {
            throw new IllegalArgumentException("a mobile number has 11 digits and starts with 13 to 19");
        }
    }

    /** {@code 138****5678}, for logs and customer-facing text. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    @Override
    public String toString() {
        return masked();
    }
}
