package org.ebank.account.enrolment.domain;

/** The e-banking services a customer enrols in. Corporate netbank users sign in to the netbank channel. */
public enum EbankChannel {
    /** 手机银行 */
    MOBILE,
    /** 个人网银 */
    NETBANK,
    /** 企业网银 */
    CORPORATE_NETBANK;

    /** The channel their tokens carry, and their transactions count under. */
    public String tokenChannel() {
        return this == MOBILE ? "MOBILE" : "NETBANK";
    }

    public boolean bindsDevice() {
        return this == MOBILE;
    }
}
