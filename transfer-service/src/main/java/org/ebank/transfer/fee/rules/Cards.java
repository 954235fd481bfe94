package org.ebank.transfer.fee.rules;

/** The card products the waivers are about. */
final class Cards {

    static final String XIANGQING = "XIANGQING";
    static final String QINGNIAN = "QINGNIAN";
    static final String JINHUI = "JINHUI";
    static final String YIHUITONG = "YIHUITONG";

    private Cards() {
    }
}
