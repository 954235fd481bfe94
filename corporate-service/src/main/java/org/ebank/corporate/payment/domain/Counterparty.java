package org.ebank.corporate.payment.domain;

import org.ebank.contracts.ledger.Leg;

/** What a ledger leg says of the other side, cut to what the ledger keeps. */
public final class Counterparty {

    private Counterparty() {
    }

    /** At most 60 characters. */
    public static String fit(String text) {
        return fit(text, Leg.MAX_COUNTERPARTY_LENGTH);
    }

    /** At most {@code length} chars (as the ledger counts), never cutting a rare CJK character's surrogate pair in two. */
    public static String fit(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
