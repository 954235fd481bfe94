package org.ebank.insight.kpi.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A customer of a branch without e-banking whom its staff could invite, with what the plans target them for: an
 * enterprise whose settlement accounts are busy (20+ transactions in 30 days) without corporate netbank, a new account
 * (opened in the last 30 days), many counter transactions.
 *
 * @param enterprise             an enterprise (its settlement accounts), else a person
 * @param settlementTransactions30Days the postings on the enterprise's settlement accounts in the last 30 days
 */
public record Prospect(String customerId, boolean enterprise, String name, String maskedPhone, long settlementTransactions30Days,
                       long counterTransactions30Days, boolean newAccount) {

    public static final long SETTLEMENT_HEAVY = 20;

    public boolean settlementHeavy() {
        return enterprise && settlementTransactions30Days >= SETTLEMENT_HEAVY;
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
