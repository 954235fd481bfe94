package org.ebank.payment.biller.domain;

import org.ebank.contracts.value.Money;

/**
 * A household's or a phone's bill this month, as its biller states it: the holder's name (masked by the biller), the
 * period, the amount due, and whether it is paid.
 */
public record Bill(String billerCode, String customerNumber, String holderName, String period, Money amountDue, boolean paid) {

    /** A biller's customer number (户号, or a phone number): 6 to 20 digits. */
    public static final String CUSTOMER_NUMBER = "\\d{6,20}";
}
