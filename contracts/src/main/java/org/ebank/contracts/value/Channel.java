package org.ebank.contracts.value;

/**
 * Where a transaction or a sign-in came from. The e-channels (电子渠道) are the mobile bank and personal and corporate
 * netbank; COUNTER, ATM and POS are the others the substitution rate (电子银行替代率) compares them with.
 */
public enum Channel {
    /** 手机银行 */
    MOBILE,
    /** 个人网银 */
    NETBANK,
    /** 企业网银 */
    CORPORATE_NETBANK,
    /** 柜面 */
    COUNTER,
    ATM,
    POS,
    /** The bank's own batch work, e.g. periodic fees, maturities, waivers. */
    SYSTEM;

    public boolean isElectronic() {
        return this == MOBILE || this == NETBANK || this == CORPORATE_NETBANK;
    }
}
