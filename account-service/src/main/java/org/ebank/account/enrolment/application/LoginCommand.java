package org.ebank.account.enrolment.application;

import org.ebank.account.enrolment.domain.EbankChannel;

/** Signing in: phone and password, and on mobile the device. */
public record LoginCommand(String phone, String password, EbankChannel channel, String deviceId) {

    @Override
    public String toString() {
        return "LoginCommand[channel=" + channel + "]";
    }
}
