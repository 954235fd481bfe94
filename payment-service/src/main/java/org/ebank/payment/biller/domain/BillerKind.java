package org.ebank.payment.biller.domain;

/** What a biller bills for, as a customer reads it. */
public enum BillerKind {
    WATER("水费"), ELECTRICITY("电费"), GAS("燃气费"), PHONE("话费");

    private final String chineseName;

    BillerKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
