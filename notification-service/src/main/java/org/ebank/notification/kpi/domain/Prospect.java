package org.ebank.notification.kpi.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A customer without e-banking whom branch staff could invite, with what the plans target them for: settlement-heavy
 * (20+ counter transactions in 30 days), a new account (opened in the last 30 days), many counter transactions.
 */
public record Prospect(String customerId, String name, String maskedPhone, long counterTransactions30Days, boolean newAccount) {

    public static final long SETTLEMENT_HEAVY = 20;

    public boolean settlementHeavy() {
        return counterTransactions30Days >= SETTLEMENT_HEAVY;
    }

    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (settlementHeavy()) {
            reasons.add("SETTLEMENT_HEAVY");
        }
        if (newAccount) {
            reasons.add("NEW_ACCOUNT");
        }
        if (counterTransactions30Days > 0) {
            reasons.add("COUNTER_TRANSACTIONS");
        }
        return reasons;
    }
}
