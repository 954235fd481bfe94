package org.ebank.notification.incentive.domain;

import java.time.YearMonth;
import java.util.Map;
import org.ebank.contracts.value.Channel;

/**
 * A branch's target of new e-banking customers per service for a month; without a month, for every month that has no
 * target of its own (将电子银行业务计划分配到各网点).
 */
public record BranchTarget(String branch, YearMonth month, Map<Channel, Long> newCustomers) {

    public BranchTarget {
        if (branch == null || newCustomers == null || newCustomers.isEmpty()) {
            throw new IllegalArgumentException("a branch target names its branch and at least one service's new customers");
        }
        newCustomers = Map.copyOf(newCustomers);
    }

    /** Reached when every targeted service has at least its number of new customers. */
    public boolean reachedBy(Map<Channel, Long> actual) {
        return newCustomers.entrySet().stream().allMatch(t -> actual.getOrDefault(t.getKey(), 0L) >= t.getValue());
    }
}
