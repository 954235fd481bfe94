package org.ebank.notification.message.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A message to one customer, in Chinese first and English second, caused by one event. {@code amount}
 * is what the SMS threshold is compared with (balance changes); {@code secret} text (an OTP) is sent but
 * never stored.
 */
public record Message(String id, String customerId, String eventId, Category category, String title, String body,
                      String bodyEn, BigDecimal amount, Instant createdAt) {

    /** The text that goes out by SMS or push: both languages. */
    public String text() {
        return body + " / " + bodyEn;
    }

    /** Never the text: an OTP's or an activation code's would be in it. */
    @Override
    public String toString() {
        return "Message[" + id + ", " + customerId + ", " + category + ", event " + eventId + "]";
    }
}
