package org.ebank.account.enrolment.application;

import org.ebank.account.enrolment.domain.EbankChannel;

/** A card holder enrolling in e-banking. A mobile enrolment binds the device it is made from. */
public record EnrolCommand(String cardNumber, String phone, String password, EbankChannel channel, String deviceId,
                           String referrerCode) {

    @Override
    public String toString() {
        return "EnrolCommand[channel=" + channel + "]";
    }
}
