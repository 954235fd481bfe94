package org.ebank.account.enrolment.application;

import org.ebank.account.enrolment.domain.EbankChannel;

/**
 * A card holder asking to enrol in e-banking: the card and the phone on record, the channel, the device (mobile) and
 * who referred them. The password comes with the SMS code that proves the phone, not before.
 */
public record EnrolCommand(String cardNumber, String phone, EbankChannel channel, String deviceId, String referrerCode) {

    @Override
    public String toString() {
        return "EnrolCommand[channel=" + channel + "]";
    }
}
