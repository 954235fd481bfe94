package org.ebank.notification.message.domain;

import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * A customer's choices: the amount from which a balance change is also sent by SMS, the channels,
 * quiet hours (which hold back marketing only), and whether marketing may come at all.
 */
public record Preferences(BigDecimal smsThreshold, boolean smsEnabled, boolean pushEnabled, LocalTime quietStart,
                          LocalTime quietEnd, boolean marketingOptOut) {

    public static Preferences defaults() {
        return new Preferences(new BigDecimal("500.00"), true, true, LocalTime.of(22, 0), LocalTime.of(8, 0), false);
    }

    /** Whether a message of this category and amount also goes out by SMS. */
    public boolean wantsSms(Category category, BigDecimal amount) {
        return switch (category) {
            case OTP, SECURITY, CORPORATE -> true;
            case TRANSACTION -> smsEnabled && amount != null && amount.compareTo(smsThreshold) >= 0;
            case RESULT, MARKETING -> false;
        };
    }

    public boolean wantsPush(Category category) {
        return category != Category.OTP && category != Category.CORPORATE && (pushEnabled || category == Category.SECURITY);
    }

    /** Quiet hours may run over midnight (22:00-08:00). */
    public boolean isQuiet(LocalTime time) {
        return quietStart.isAfter(quietEnd)
                ? !time.isBefore(quietStart) || time.isBefore(quietEnd)
                : !time.isBefore(quietStart) && time.isBefore(quietEnd);
    }
}
