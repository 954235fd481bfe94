package org.ebank.notification.push.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Idle money: the average over the last {@code days} days of the customer's total current balance, each account's day
 * taken at its last balance of that day, carried forward over days without a change (0 before its first known balance).
 */
public final class IdleBalance {

    private IdleBalance() {
    }

    public static BigDecimal average(List<Closing> closings, LocalDate today, int days) {
        Map<String, TreeMap<LocalDate, BigDecimal>> byAccount = closings.stream().collect(Collectors.groupingBy(Closing::accountId,
                Collectors.toMap(Closing::day, Closing::balance, (a, b) -> b, TreeMap::new)));
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            for (TreeMap<LocalDate, BigDecimal> account : byAccount.values()) {
                var known = account.floorEntry(day);
                sum = sum.add(known == null ? BigDecimal.ZERO : known.getValue());
            }
        }
        return sum.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }

    /** An account's balance at the end of a day (its last posting that day). */
    public record Closing(String accountId, LocalDate day, BigDecimal balance) {
    }
}
