package org.ebank.notification.kpi.domain;

import java.util.Set;

/**
 * The bank's channels. E-channels (电子渠道) are the mobile bank and personal and corporate netbank; COUNTER,
 * ATM and POS are the others the substitution rate (电子银行替代率) compares them with.
 */
public final class Channels {

    public static final Set<String> ELECTRONIC = Set.of("MOBILE", "NETBANK", "CORPORATE_NETBANK");

    private Channels() {
    }

    public static boolean electronic(String channel) {
        return ELECTRONIC.contains(channel);
    }
}
