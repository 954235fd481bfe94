package org.ebank.notification.push.domain;

import java.time.LocalTime;

/** A daily range of local time that may run over midnight (17:00-09:00): quiet hours, a product's sales window. */
public record DailyRange(LocalTime from, LocalTime to) {

    public static DailyRange parse(String text) {
        String[] parts = text.trim().split("-");
        return new DailyRange(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
    }

    public boolean contains(LocalTime time) {
        return from.isBefore(to)
                ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }
}
