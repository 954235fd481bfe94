package org.ebank.insight.kpi.domain;

/** Customers who enrolled in one e-banking service, and how many of them used it within 30 days (激活). */
public record Enrolments(long enrolled, long activated) {

    public static final Enrolments NONE = new Enrolments(0, 0);

    public Enrolments plus(Enrolments other) {
        return new Enrolments(enrolled + other.enrolled, activated + other.activated);
    }

    public java.math.BigDecimal activationRate() {
        return Ratio.of(activated, enrolled);
    }
}
