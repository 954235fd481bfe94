package org.ebank.payment.etc.adapter;

import java.util.Set;

/** The partners' system accounts that may send toll statements ({@code ebank.etc.toll-operators}): no other partner. */
record TollOperators(Set<String> accounts) {

    TollOperators {
        accounts = Set.copyOf(accounts);
    }

    boolean include(String account) {
        return accounts.contains(account);
    }
}
