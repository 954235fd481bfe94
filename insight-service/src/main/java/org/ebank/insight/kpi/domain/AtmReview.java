package org.ebank.insight.kpi.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATMs compared device by device (末位淘汰): each month, the devices in service all month (their first transaction
 * before it began) are ranked by transactions, and the bottom tenth — a tenth rounded down, at least one device, and
 * every device level with the last one in — is the month's bottom; a device in the bottom three months running is
 * flagged for review. A device is not ranked in the month it started, so it serves three whole months before it can be
 * flagged.
 *
 * @param months  the three months compared, oldest first, the reviewed one last
 * @param devices flagged ones first, then by the reviewed month's transactions (fewest first) and id
 */
public record AtmReview(List<YearMonth> months, List<Device> devices) {

    public static final int MONTHS_RUNNING = 3;
    /** The bottom tenth of the devices in service. */
    private static final int BOTTOM_DIVISOR = 10;

    /**
     * @param transactions per month of the three, null before the device's first transaction
     * @param bottom       whether it was in that month's bottom tenth, per month (never in the month it started)
     */
    public record Device(String deviceId, List<Long> transactions, List<Boolean> bottom) {

        public boolean flagged() {
            return bottom.stream().allMatch(Boolean::booleanValue);
        }

        long last() {
            Long last = transactions.get(transactions.size() - 1);
            return last == null ? -1 : last;
        }
    }

    /** What the ATMs did: the month each was first used, and its transactions per month. */
    public record Usage(String deviceId, YearMonth firstMonth, Map<YearMonth, Long> transactions) {
    }

    /** The review of {@code month} and the two before it. */
    public static AtmReview of(YearMonth month, List<Usage> usage) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = MONTHS_RUNNING - 1; back >= 0; back--) {
            months.add(month.minusMonths(back));
        }
        List<Set<String>> bottoms = months.stream().map(m -> bottom(m, usage)).toList();
        List<Device> devices = usage.stream().filter(u -> !u.firstMonth().isAfter(month)).map(u -> {
            List<Long> counts = new ArrayList<>();
            List<Boolean> bottom = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                YearMonth m = months.get(i);
                counts.add(u.firstMonth().isAfter(m) ? null : u.transactions().getOrDefault(m, 0L));
                bottom.add(bottoms.get(i).contains(u.deviceId()));
            }
            return new Device(u.deviceId(), counts, bottom);
        }).sorted(Comparator.comparing((Device d) -> !d.flagged()).thenComparingLong(Device::last).thenComparing(Device::deviceId))
                .toList();
        return new AtmReview(List.copyOf(months), devices);
    }

    /** The month's bottom tenth of the devices in service all month: at least one, and every device level with the last one in. */
    private static Set<String> bottom(YearMonth month, List<Usage> usage) {
        Map<String, Long> inService = new LinkedHashMap<>();
        usage.stream().filter(u -> u.firstMonth().isBefore(month))
                .forEach(u -> inService.put(u.deviceId(), u.transactions().getOrDefault(month, 0L)));
        if (inService.isEmpty()) {
            return Set.of();
        }
        int size = Math.max(1, inService.size() / BOTTOM_DIVISOR);
        long line = inService.values().stream().sorted().skip(size - 1).findFirst().orElseThrow();
        Set<String> bottom = new HashSet<>();
        inService.forEach((device, count) -> {
            if (count <= line) {
                bottom.add(device);
            }
        });
        return bottom;
    }

    public List<String> flagged() {
        return devices.stream().filter(Device::flagged).map(Device::deviceId).toList();
    }
}
