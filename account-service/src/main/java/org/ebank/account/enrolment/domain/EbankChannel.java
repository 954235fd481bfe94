package org.ebank.account.enrolment.domain;

import org.ebank.contracts.value.Channel;

/**
 * The e-banking services a customer enrols in. {@code CORPORATE_NETBANK} stays for enrolments made before corporate
 * netbank became the enterprises' own (corporate-service): a person cannot enrol in it any more, and those who did sign in
 * to the netbank channel.
 */
public enum EbankChannel {
    /** 手机银行 */
    MOBILE,
    /** 个人网银 */
    NETBANK,
    /** 企业网银 */
    CORPORATE_NETBANK;

    /** The channel their tokens carry, and their transactions count under. */
    public Channel tokenChannel() {
        return this == MOBILE ? Channel.MOBILE : Channel.NETBANK;
    }

    /** The e-channel this service is. */
    public Channel channel() {
        return Channel.valueOf(name());
    }

    public boolean bindsDevice() {
        return this == MOBILE;
    }
}
