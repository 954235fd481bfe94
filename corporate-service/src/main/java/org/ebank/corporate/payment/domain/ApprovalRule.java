package org.ebank.corporate.payment.domain;

import org.ebank.contracts.value.Money;

/**
 * How many checkers a payment needs (授权规则): one below the enterprise's threshold, two different ones from it on
 * (default 50,000.00).
 */
public record ApprovalRule(Money twoCheckersFrom) {

    public static final ApprovalRule DEFAULT = new ApprovalRule(Money.of("50000.00"));

    public ApprovalRule {
        if (twoCheckersFrom == null || !twoCheckersFrom.isPositive()) {
            throw new IllegalArgumentException("the two-checker threshold is a positive amount");
        }
    }

    public int approvalsFor(Money amount) {
        return amount.compareTo(twoCheckersFrom) >= 0 ? 2 : 1;
    }
}
