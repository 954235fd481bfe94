package org.ebank.account.card.domain;

import java.util.random.RandomGenerator;

/**
 * A 19-digit debit card number with a Luhn check digit. Shown masked ({@code 6217 **** **** ***1234}) everywhere but the
 * staff view. A corporate settlement account's number has the same form under a prefix no card has, so payers type it
 * where they type a card number and it is found the same way.
 */
public record CardNumber(String value) {

    /** The bank's debit card BIN. */
    public static final String BIN = "621700";
    /** The prefix of corporate settlement account numbers (单位结算账户): no card starts with it. */
    public static final String CORPORATE_PREFIX = "800100";

    public CardNumber {
        if (value == null || !value.matches("\\d{19}")) {
            throw new IllegalArgumentException("a card number has 19 digits");
        }
        if (luhnCheckDigit(value.substring(0, 18)) != value.charAt(18) - '0') {
            throw new IllegalArgumentException("the card number's check digit does not match");
        }
    }

    public static CardNumber issue(RandomGenerator random) {
        return issue(BIN, random);
    }

    /** A corporate settlement account's number. */
    public static CardNumber issueCorporate(RandomGenerator random) {
        return issue(CORPORATE_PREFIX, random);
    }

    private static CardNumber issue(String prefix, RandomGenerator random) {
        StringBuilder digits = new StringBuilder(prefix);
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
