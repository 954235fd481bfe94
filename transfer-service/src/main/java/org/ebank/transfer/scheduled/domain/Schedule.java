package org.ebank.transfer.scheduled.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a scheduled transfer (预约转账) runs: once at a set time, or monthly on a day of the month at a set
 * time of day — day 31 runs on the last day of shorter months (30 April, 28 or 29 February) — until an
 * optional last day. All in the bank's zone.
 */
public sealed interface Schedule {

    /** The first run at or after {@code now}; empty when there is none left. */
    Optional<Instant> nextRun(Instant now, ZoneId zone);

    record OneOff(Instant runAt) implements Schedule {

        @Override
        public Optional<Instant> nextRun(Instant now, ZoneId zone) {
            return now.isAfter(runAt) ? Optional.empty() : Optional.of(runAt);
        }
    }

    record Monthly(int dayOfMonth, LocalTime at, LocalDate until) implements Schedule {

        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new IllegalArgumentException("the day of the month is 1 to 31");
            }
        }

        @Override
        public Optional<Instant> nextRun(Instant now, ZoneId zone) {
            ZonedDateTime local = now.atZone(zone);
            YearMonth month = YearMonth.from(local);
            ZonedDateTime candidate = runIn(month, zone);
            if (candidate.toInstant().isBefore(now)) {
                candidate = runIn(month.plusMonths(1), zone);
            }
            if (until != null && candidate.toLocalDate().isAfter(until)) {
                return Optional.empty();
            }
            return Optional.of(candidate.toInstant());
        }

        private ZonedDateTime runIn(YearMonth month, ZoneId zone) {
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth())).atTime(at).atZone(zone);
        }
    }
}
