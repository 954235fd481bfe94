package org.ebank.transfer.scheduled.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Schedule.Monthly ON_THE_31ST = new Schedule.Monthly(31, LocalTime.of(9, 0), null);

    @ParameterizedTest(name = "after {0} the day-31 transfer runs {1}")
    @CsvSource({
            "2027-01-15T10:00, 2027-01-31T09:00",
            "2027-02-01T00:00, 2027-02-28T09:00",
            "2028-02-01T00:00, 2028-02-29T09:00",
            "2027-04-01T00:00, 2027-04-30T09:00",
            "2027-04-30T09:00, 2027-04-30T09:00",
            "2027-04-30T09:00:01, 2027-05-31T09:00",
            "2027-12-31T10:00, 2028-01-31T09:00"})
    void dayThirtyOneRunsOnTheLastDayOfShorterMonths(LocalDateTime after, LocalDateTime runs) {
        assertThat(ON_THE_31ST.nextRun(at(after), SHANGHAI)).contains(at(runs));
    }

    @Test
    void aMonthlyScheduleEndsOnItsLastDay() {
        Schedule.Monthly untilMay = new Schedule.Monthly(15, LocalTime.of(9, 0), LocalDate.of(2027, 5, 15));
        assertThat(untilMay.nextRun(at(LocalDateTime.of(2027, 5, 1, 0, 0)), SHANGHAI)).contains(at(LocalDateTime.of(2027, 5, 15, 9, 0)));
        assertThat(untilMay.nextRun(at(LocalDateTime.of(2027, 5, 16, 0, 0)), SHANGHAI)).isEmpty();
    }

    @Test
    void aOneOffRunsOnceAtItsTime() {
        Instant runAt = at(LocalDateTime.of(2027, 3, 1, 8, 30));
        assertThat(new Schedule.OneOff(runAt).nextRun(runAt.minusSeconds(1), SHANGHAI)).contains(runAt);
        assertThat(new Schedule.OneOff(runAt).nextRun(runAt.plusMillis(1), SHANGHAI)).isEmpty();
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(SHANGHAI).toInstant();
    }
}
