package org.ebank.insight.kpi.domain;

import java.math.BigDecimal;

/** Smart pushes sent, opened, and followed by a purchase of the pushed product within 7 days (conversion). */
public record PushFunnel(long sent, long opened, long converted) {

    public static final PushFunnel NONE = new PushFunnel(0, 0, 0);

    public PushFunnel plus(PushFunnel other) {
        return new PushFunnel(sent + other.sent, opened + other.opened, converted + other.converted);
    }

    public BigDecimal openRate() {
        return Ratio.of(opened, sent);
    }

    public BigDecimal conversionRate() {
        return Ratio.of(converted, sent);
    }
}
