package org.ebank.contracts.value;

/**
 * How account numbers and phones are shown outside their owner's own screens: in messages, events, logs and lists.
 * Only the last four digits of an account number, only the first three and last four of a phone.
 */
public final class Masked {

    private Masked() {
    }

    /** {@code ****1234}. */
    public static String accountNumber(String number) {
        return "****" + lastFour(number);
    }

    /** {@code 尾号1234}, as Chinese bank messages name an account. */
    public static String accountTail(String number) {
        return "尾号" + lastFour(number);
    }

    /** {@code 138****5678}; a value too short to be a phone is hidden entirely. */
    public static String phone(String phone) {
        return phone == null || phone.length() < 7 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    public static String lastFour(String number) {
        return number.substring(Math.max(0, number.length() - 4));
    }
}
