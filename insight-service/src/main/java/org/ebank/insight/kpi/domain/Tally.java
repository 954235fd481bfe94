package org.ebank.insight.kpi.domain;

import java.math.BigDecimal;

/** How many, and how much in 元. */
public record Tally(long count, BigDecimal amount) {

    public static final Tally NONE = new Tally(0, BigDecimal.ZERO.setScale(2));

    public Tally plus(Tally other) {
        return new Tally(count + other.count, amount.add(other.amount));
    }
}
