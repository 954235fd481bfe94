package org.ebank.account.card.domain;

import java.util.random.RandomGenerator;

/** A 19-digit debit card number with a Luhn check digit. Shown masked ({@code 6217 **** **** ***1234}) everywhere but the staff view. */
public record CardNumber(String value) {

    /** The bank's debit card BIN. */
    public static final String BIN = "621700";

    public CardNumber {
        if (value == null || !value.matches("\\d{19}")) {
            throw new IllegalArgumentException("a card number has 19 digits");
        }
        if (luhnCheckDigit(value.substring(0, 18)) != value.charAt(18) - '0') {
            throw new IllegalArgumentException("the card number's check digit does not match");
        }
    }

    public static CardNumber issue(RandomGenerator random) {
        StringBuilder digits = new StringBuilder(BIN);
        while (digits.length() < 18) {
            digits.append(random.nextInt(10));
        }
        return new CardNumber(digits.toString() + luhnCheckDigit(digits.toString()));
    }

    public String masked() {
        return value.substring(0, 4) + " **** **** ***" + lastFour();
    }

    public String lastFour() {
        return value.substring(15);
    }

    @Override
    public String toString() {
        return masked();
    }

    static int luhnCheckDigit(String payload) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
